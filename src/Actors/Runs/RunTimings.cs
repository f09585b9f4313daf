namespace NanoClaw.Actors.Runs;

/// <summary>How long a warm container waits for follow-ups, and how long a turn may go without output.</summary>
/// <param name="IdleTimeout">After a turn ends, the container is closed when nothing follows within it. The default is 30 minutes.</param>
/// <param name="HardTimeout">A turn that produces nothing for this long is killed. The default is 30 minutes.</param>
public sealed record RunTimings(TimeSpan IdleTimeout, TimeSpan HardTimeout)
{
    public static RunTimings Default { get; } = new(TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(30));
}
