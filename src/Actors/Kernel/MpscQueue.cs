namespace NanoClaw.Actors.Kernel;

/// <summary>
/// An unbounded, lock-free, multi-producer single-consumer FIFO (Vyukov's linked queue). Producers
/// swap themselves into <see cref="_head"/> with one atomic exchange, so messages from one producer
/// keep their order. Only the mailbox's current run may dequeue. It is a mutable struct so the
/// cell holds both lanes inline, without two more heap objects per actor; it must live in a
/// non-readonly field and never be copied.
/// </summary>
/// <remarks>
/// Between a producer's exchange and its link write the queue looks empty from the consumer's end
/// while <see cref="_head"/> already moved; <see cref="TryDequeue"/> spins over that two-instruction
/// window instead of reporting empty, so no message is ever skipped.
/// </remarks>
internal struct MpscQueue
{
    /// <summary>The most recently enqueued node; written only with an atomic exchange.</summary>
    private MailboxNode _head;

    /// <summary>The stub whose successor is the next message; owned by the consumer.</summary>
    private MailboxNode _tail;

    public MpscQueue()
    {
        _head = _tail = new MailboxNode();
    }

    /// <summary>True when nothing is queued or being linked in.</summary>
    public readonly bool IsEmpty => Volatile.Read(in _head) == Volatile.Read(in _tail);

    public void Enqueue(object message, IActorRef? sender)
    {
        var node = MailboxNodePool.Rent();
        node.Message = message;
        node.Sender = sender;
        var previous = Interlocked.Exchange(ref _head, node);
        Volatile.Write(ref previous.Next, node);
    }

    public bool TryDequeue(out Envelope envelope)
    {
        var tail = _tail;
        var next = Volatile.Read(ref tail.Next);
        if (next is null)
        {
            if (Volatile.Read(ref _head) == tail)
            {
                envelope = default;
                return false;
            }

            var spin = default(SpinWait);
            while ((next = Volatile.Read(ref tail.Next)) is null)
            {
                spin.SpinOnce();
            }
        }

        envelope = new Envelope(next.Message!, next.Sender);
        next.Message = null;
        next.Sender = null;
        Volatile.Write(ref _tail, next);

        // The old stub's only producer wrote its link before we could read it, so nobody references it now.
        MailboxNodePool.Return(tail);
        return true;
    }
}
