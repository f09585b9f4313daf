namespace NanoClaw.Actors.Kernel;

/// <summary>The receive-timeout bookkeeping of one actor, allocated only by actors that use it.</summary>
internal sealed class ReceiveTimeoutState
{
    public TimeSpan? Timeout;

    public ITimer? Timer;

    /// <summary>Bumped at every re-arm and cancel; a tick carrying an older value is stale.</summary>
    public long Generation;
}
