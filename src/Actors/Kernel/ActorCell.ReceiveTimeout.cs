namespace NanoClaw.Actors.Kernel;

/// <summary>
/// The sliding inactivity timeout. Every processed message re-arms it (unless it is marked
/// <see cref="INotInfluenceReceiveTimeout"/>); a tick is delivered only if nothing was processed
/// since it was armed. It survives restarts and ends with the actor.
/// </summary>
internal sealed partial class ActorCell
{
    private ReceiveTimeoutState? _receiveTimeout;

    public TimeSpan? ReceiveTimeout => _receiveTimeout?.Timeout;

    public void SetReceiveTimeout(TimeSpan? timeout)
    {
        if (timeout is not { } period || period <= TimeSpan.Zero || period == Timeout.InfiniteTimeSpan)
        {
            CancelReceiveTimeout();
            _receiveTimeout?.Timeout = null;
            return;
        }

        (_receiveTimeout ??= new()).Timeout = period;
        RescheduleReceiveTimeout();
    }

    private void RescheduleReceiveTimeout()
    {
        if (_receiveTimeout is not { Timeout: { } period } state || _terminating)
        {
            return;
        }

        Interlocked.Increment(ref state.Generation);
        if (state.Timer is null)
        {
            state.Timer = _system.TimeProvider.CreateTimer(static s => ((ActorCell)s!).OnReceiveTimeoutTimer(), this, period, Timeout.InfiniteTimeSpan);
        }
        else
        {
            state.Timer.Change(period, Timeout.InfiniteTimeSpan);
        }
    }

    private void OnReceiveTimeoutTimer()
    {
        if (_receiveTimeout is { } state)
        {
            Post(new ReceiveTimeoutFired(Volatile.Read(ref state.Generation)), null);
        }
    }

    private bool IsCurrentReceiveTimeout(ReceiveTimeoutFired fired) =>
        _receiveTimeout is { Timeout: not null } state && Volatile.Read(ref state.Generation) == fired.Generation;

    private void CancelReceiveTimeout()
    {
        if (_receiveTimeout is { } state)
        {
            state.Timer?.Dispose();
            state.Timer = null;
            Interlocked.Increment(ref state.Generation);
        }
    }
}
