using NanoClaw.Actors.Persistence.Journal;
using NanoClaw.Actors.Persistence.Serialization;

namespace NanoClaw.Actors.Persistence.Actors;

/// <summary>Persist, PersistAll, their async variants and DeferAsync: calls queue up and go to the journal together.</summary>
public abstract partial class PersistentActor
{
    /// <summary>Calls made since the last flush; they go to the journal as one batch.</summary>
    private readonly List<PendingWrite> _unflushed = [];

    /// <summary>Stashing calls whose outcome was not handled yet; commands wait while it is above 0.</summary>
    private int _pendingStashingWrites;

    /// <summary>Outcomes of the batch in flight not handled yet; the next batch goes when it reaches 0.</summary>
    private int _outcomesPending;

    /// <summary>The sequence nr given to the newest event (stored or not yet); ahead of <see cref="LastSequenceNr"/> while writes are pending.</summary>
    private long _sequenceNr;

    /// <summary>
    /// Stores <paramref name="event"/> under the next sequence nr, then runs <paramref name="handler"/>
    /// with <c>Sender</c> set to the current command's sender. Until the handler ran, new commands are
    /// stashed, so they see its effect. A journal failure calls <see cref="OnPersistFailure"/> and stops
    /// the actor; an event that does not serialize calls <see cref="OnPersistRejected"/> instead of the
    /// handler and consumes no sequence nr.
    /// </summary>
    protected void Persist<TEvent>(TEvent @event, Action<TEvent> handler)
        where TEvent : notnull
    {
        ArgumentNullException.ThrowIfNull(handler);
        AddPersist([@event], e => handler((TEvent)e), stashing: true);
    }

    /// <summary>Stores the events as one atomic write (all or none), then runs the handler per event, as <see cref="Persist{TEvent}"/>.</summary>
    protected void PersistAll<TEvent>(IEnumerable<TEvent> events, Action<TEvent> handler)
        where TEvent : notnull
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(handler);
        AddPersist([.. events.Cast<object>()], e => handler((TEvent)e), stashing: true);
    }

    /// <summary>Like <see cref="Persist{TEvent}"/>, but new commands are not stashed: they may run before the handler.</summary>
    protected void PersistAsync<TEvent>(TEvent @event, Action<TEvent> handler)
        where TEvent : notnull
    {
        ArgumentNullException.ThrowIfNull(handler);
        AddPersist([@event], e => handler((TEvent)e), stashing: false);
    }

    /// <summary>Like <see cref="PersistAll{TEvent}"/>, but new commands are not stashed.</summary>
    protected void PersistAllAsync<TEvent>(IEnumerable<TEvent> events, Action<TEvent> handler)
        where TEvent : notnull
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(handler);
        AddPersist([.. events.Cast<object>()], e => handler((TEvent)e), stashing: false);
    }

    /// <summary>Runs <paramref name="handler"/> after the handlers of every earlier persist call; stores nothing.</summary>
    protected void DeferAsync<TEvent>(TEvent @event, Action<TEvent> handler)
        where TEvent : notnull
    {
        ArgumentNullException.ThrowIfNull(handler);
        EnsureNotRecovering();
        _unflushed.Add(PendingWrite.Defer(@event, e => handler((TEvent)e), stashing: false, Sender));
    }

    private void AddPersist(IReadOnlyList<object> events, Action<object> handler, bool stashing)
    {
        EnsureNotRecovering();
        if (events.Count == 0)
        {
            return;
        }

        var first = _sequenceNr + 1;
        PendingWrite pending;
        try
        {
            var representations = new PersistentRepresentation[events.Count];
            for (var i = 0; i < events.Count; i++)
            {
                representations[i] = Persistence.Serializers.ToRepresentation(events[i], PersistenceId, first + i, WriterId);
            }

            pending = PendingWrite.Persist(events, new AtomicWrite(representations), handler, stashing, Sender);
            _sequenceNr += events.Count;
        }
        catch (SerializationRejectedException ex)
        {
            pending = PendingWrite.Rejected(events, ex, first, stashing, Sender);
        }

        if (stashing)
        {
            _pendingStashingWrites++;
        }

        _unflushed.Add(pending);
    }

    private void EnsureNotRecovering()
    {
        if (_phase == PersistencePhase.Recovering)
        {
            throw new InvalidOperationException($"Persistence id '{PersistenceId}' cannot persist while it recovers.");
        }
    }

    private bool ReceiveCommandAndFlush(Kernel.Receive receive, object message)
    {
        bool handled;
        try
        {
            handled = receive(message);
        }
        catch
        {
            // The command failed: what it asked to persist is dropped with it, as in Akka.
            DropUnflushed();
            throw;
        }

        FlushWrites();
        return handled || HandleUnansweredReply(message);
    }

    private void DropUnflushed()
    {
        foreach (var pending in _unflushed)
        {
            if (pending.Stashing)
            {
                _pendingStashingWrites--;
            }

            if (pending.Kind == PendingWriteKind.Persist)
            {
                _sequenceNr -= pending.Events.Count;
            }
        }

        _unflushed.Clear();
    }
}
