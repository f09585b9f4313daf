using NanoClaw.Actors.Kernel;
using NanoClaw.Actors.Persistence.Journal;

namespace NanoClaw.Actors.Persistence.Actors;

/// <summary>
/// One Persist / PersistAll / DeferAsync / DeleteMessages call of a persistent actor, from the call
/// until its outcome was handled. Outcomes come back in call order, so handlers run in call order.
/// </summary>
internal sealed class PendingWrite
{
    private PendingWrite(PendingWriteKind kind, IReadOnlyList<object> events, Action<object>? handler, bool stashing, IActorRef? sender)
    {
        Kind = kind;
        Events = events;
        Handler = handler;
        Stashing = stashing;
        Sender = sender;
    }

    public PendingWriteKind Kind { get; }

    /// <summary>The events, in order; empty for a delete.</summary>
    public IReadOnlyList<object> Events { get; }

    public Action<object>? Handler { get; }

    /// <summary>Whether commands wait (in the internal stash) until this outcome was handled.</summary>
    public bool Stashing { get; }

    /// <summary>The sender of the command that made the call; handlers see it as <c>Sender</c>.</summary>
    public IActorRef? Sender { get; }

    /// <summary>What goes to the journal, for <see cref="PendingWriteKind.Persist"/>.</summary>
    public AtomicWrite? Write { get; private init; }

    /// <summary>Why serialization refused the events, for <see cref="PendingWriteKind.Rejected"/>.</summary>
    public Exception? Rejection { get; private init; }

    /// <summary>The sequence nr the first event got (or would have got, when rejected).</summary>
    public long FirstSequenceNr { get; private init; }

    /// <summary>The bound of a <see cref="PendingWriteKind.Delete"/>.</summary>
    public long DeleteToSequenceNr { get; private init; }

    /// <summary>Whose events a <see cref="PendingWriteKind.Delete"/> removes.</summary>
    public string? DeletePersistenceId { get; private init; }

    public static PendingWrite Persist(IReadOnlyList<object> events, AtomicWrite write, Action<object> handler, bool stashing, IActorRef? sender) =>
        new(PendingWriteKind.Persist, events, handler, stashing, sender) { Write = write, FirstSequenceNr = write.LowestSequenceNr };

    public static PendingWrite Rejected(IReadOnlyList<object> events, Exception cause, long firstSequenceNr, bool stashing, IActorRef? sender) =>
        new(PendingWriteKind.Rejected, events, null, stashing, sender) { Rejection = cause, FirstSequenceNr = firstSequenceNr };

    public static PendingWrite Defer(object @event, Action<object> handler, bool stashing, IActorRef? sender) =>
        new(PendingWriteKind.Defer, [@event], handler, stashing, sender);

    public static PendingWrite Delete(string persistenceId, long toSequenceNr, IActorRef? sender) =>
        new(PendingWriteKind.Delete, [], null, false, sender) { DeletePersistenceId = persistenceId, DeleteToSequenceNr = toSequenceNr };
}
