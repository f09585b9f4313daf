namespace NanoClaw.Actors.Kernel;

/// <summary>
/// Makes the actor fail with <see cref="ActorKilledException"/> when it is reached; the default
/// supervisor decision for that failure is to stop the actor.
/// </summary>
public sealed record Kill
{
    private Kill()
    {
    }

    public static Kill Instance { get; } = new();
}
