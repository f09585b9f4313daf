namespace NanoClaw.Actors.Kernel;

/// <summary>
/// Inline hand-off. When a handler wakes an idle actor, that actor is not queued to the pool at once:
/// it is remembered, and if the handler was the last thing this turn had to do, the same thread runs
/// the woken actor's turn next. A request/reply chain then runs on one warm thread without a pool
/// round trip per message. The deferral never outlives one handler: before the next message of the
/// turn, a remembered actor is queued to the pool, and a chain yields to the pool after
/// <see cref="MaxInlineTurns"/> turns so no thread is held indefinitely.
/// </summary>
internal sealed partial class ActorCell
{
    private const int MaxInlineTurns = 64;

    /// <summary>True while this thread runs mailbox turns; only then may a wake-up be handed off.</summary>
    [ThreadStatic]
    private static bool _dispatching;

    /// <summary>An actor this thread woke and owes a turn; its Scheduled bit is already set.</summary>
    [ThreadStatic]
    private static ActorCell? _handOff;

    void IThreadPoolWorkItem.Execute()
    {
        _dispatching = true;
        try
        {
            var cell = this;
            for (var turns = 1; ; turns++)
            {
                cell.RunOnce();
                var next = _handOff;
                _handOff = null;
                if (next is null)
                {
                    return;
                }

                if (turns >= MaxInlineTurns)
                {
                    next.Dispatch();
                    return;
                }

                cell = next;
            }
        }
        finally
        {
            _dispatching = false;
            ReleaseHandOff();
        }
    }

    private static void ReleaseHandOff()
    {
        var pending = _handOff;
        if (pending is not null)
        {
            _handOff = null;
            pending.Dispatch();
        }
    }

    private bool TryHandOff()
    {
        if (!_dispatching || _handOff is not null)
        {
            return false;
        }

        _handOff = this;
        return true;
    }

    private void Dispatch() => _system.Dispatcher.Schedule(this);
}
