namespace NanoClaw.Actors.Kernel;

/// <summary>The mailbox run loop: system lane first, then at most <c>throughput</c> user messages.</summary>
internal sealed partial class ActorCell : IThreadPoolWorkItem
{
    private const int Scheduled = 1;
    private const int Closed = 2;

    // Mutable structs: these fields must stay non-readonly so operations act on them in place.
    private MpscQueue _systemQueue = new();
    private MpscQueue _userQueue = new();

    /// <summary>
    /// <see cref="Scheduled"/> is set while a turn is queued or running, which is what keeps turns
    /// exclusive; <see cref="Closed"/> is set once, at termination, and sends later posts to dead letters.
    /// </summary>
    private int _status;

    /// <summary>Messages put back in front of the user queue by unstashing, next one last; turn-owned.</summary>
    private List<Envelope>? _front;

    public bool IsClosed => (Volatile.Read(ref _status) & Closed) != 0;

    /// <summary>Turns run so far; lets tests observe the per-turn throughput limit.</summary>
    internal int TurnCount { get; private set; }

    /// <summary>True while system messages wait; lets tests order a notification before a user message.</summary>
    internal bool HasSystemMessages => !_systemQueue.IsEmpty;

    /// <summary>Runs one turn: the system lane, then up to <c>throughput</c> user messages.</summary>
    private void RunOnce()
    {
        var previous = _current;
        _current = this;
        TurnCount++;
        try
        {
            if (IsClosed)
            {
                DrainAfterTermination();
            }
            else
            {
                RunTurn();
            }
        }
        finally
        {
            _current = previous;
            Interlocked.And(ref _status, ~Scheduled);

            // A producer that found the flag still set did not schedule; look again now it is clear.
            // Back to the pool, never handed off inline: a busy actor must yield after its turn.
            if (HasWork())
            {
                TrySchedule(allowHandoff: false);
            }
        }
    }

    private void TrySchedule(bool allowHandoff = true)
    {
        int status;
        do
        {
            status = Volatile.Read(ref _status);
            if ((status & Scheduled) != 0)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _status, status | Scheduled, status) != status);

        if (allowHandoff && TryHandOff())
        {
            return;
        }

        _system.Dispatcher.Schedule(this);
    }

    private void RunTurn()
    {
        if (_pendingTask is not null)
        {
            if (Volatile.Read(ref _pendingTaskDone) == 0)
            {
                return;
            }

            CompletePendingTask();
        }

        ProcessSystemMessages();
        var left = _system.Dispatcher.Throughput;
        while (left > 0 && CanProcessUserMessages && TryDequeueUser(out var envelope))
        {
            left--;
            ReleaseHandOff();
            Invoke(envelope.Message, envelope.Sender);
            ProcessSystemMessages();
        }
    }

    private void ProcessSystemMessages()
    {
        while (_pendingTask is null && !IsClosed && _systemQueue.TryDequeue(out var envelope))
        {
            SystemInvoke((SystemMessage)envelope.Message);
        }
    }

    private bool CanProcessUserMessages =>
        _actor is not null && _suspendCount == 0 && _pendingTask is null && !_terminating && !IsClosed;

    private bool HasWork()
    {
        if (IsClosed)
        {
            return !_systemQueue.IsEmpty || !_userQueue.IsEmpty;
        }

        if (_pendingTask is not null)
        {
            return Volatile.Read(ref _pendingTaskDone) != 0;
        }

        return !_systemQueue.IsEmpty || (CanProcessUserMessages && (_front is { Count: > 0 } || !_userQueue.IsEmpty));
    }

    private bool TryDequeueUser(out Envelope envelope)
    {
        if (_front is { Count: > 0 } front)
        {
            envelope = front[^1];
            front.RemoveAt(front.Count - 1);
            return true;
        }

        return _userQueue.TryDequeue(out envelope);
    }

    /// <summary>Puts <paramref name="envelopes"/> before everything queued, keeping their order.</summary>
    internal void Prepend(IReadOnlyList<Envelope> envelopes)
    {
        if (envelopes.Count == 0)
        {
            return;
        }

        _front ??= [];
        for (var i = envelopes.Count - 1; i >= 0; i--)
        {
            _front.Add(envelopes[i]);
        }
    }

    /// <summary>After termination the mailbox only forwards: user messages to dead letters, watches to instant notifications.</summary>
    private void DrainAfterTermination()
    {
        while (_systemQueue.TryDequeue(out var envelope))
        {
            if (envelope.Message is Watch watch && !ReferenceEquals(watch.Watcher, Self))
            {
                watch.Watcher.SendSystem(new DeathWatchNotification(Self));
            }
        }

        DrainUserMessagesToDeadLetters();
    }

    private void DrainUserMessagesToDeadLetters()
    {
        while (TryDequeueUser(out var envelope))
        {
            ToDeadLetters(envelope.Message, envelope.Sender);
        }
    }
}
