using NanoClaw.Actors.Kernel;
using NanoClaw.Actors.Persistence.Actors;
using NanoClaw.Actors.Tests.Persistence.Serialization;

namespace NanoClaw.Actors.Tests.Persistence.Actors;

/// <summary>
/// A counter over <see cref="CounterIncremented"/> events that reports every persistence callback to
/// <c>reporter</c>, so tests can watch recovery, persists, snapshots and failures in order.
/// </summary>
public sealed class TestPersistentActor : ReceivePersistentActor
{
    private readonly string _persistenceId;
    private readonly IActorRef _reporter;
    private readonly Recovery _recovery;
    private readonly List<string> _history = [];
    private int _total;

    public TestPersistentActor(PersistenceExtension persistence, string persistenceId, IActorRef reporter, Recovery? recovery = null)
        : base(persistence)
    {
        _persistenceId = persistenceId;
        _reporter = reporter;
        _recovery = recovery ?? Recovery.Default;

        Recover<SnapshotOffer>(offer =>
        {
            var state = (CounterState)offer.Snapshot;
            _total = state.Total;
            _history.AddRange(state.History);
            _reporter.Tell(offer);
        });
        Recover<CounterIncremented>(Apply, e => e.Reason != "explode");
        Recover<CounterIncremented>(_ => throw new InvalidOperationException("recovery handler exploded"));
        Recover<RecoveryCompleted>(_ => _reporter.Tell(new Recovered(LastSequenceNr, _total, [.. _history])));

        Command<PersistEvents>(OnPersistEvents);
        Command<PersistNested>(c => Persist(c.Outer, outer =>
        {
            Sender.Tell(new Persisted(outer, LastSequenceNr));
            Persist(c.Inner, inner => Sender.Tell(new Persisted(inner, LastSequenceNr)));
        }));
        Command<DeferEvent>(c => DeferAsync(c.Event, e => Sender.Tell(new Deferred(e))));
        Command<Echo>(c => Sender.Tell(c.Text));
        Command<GetState>(_ => Sender.Tell(new CounterView(_total, [.. _history], LastSequenceNr)));
        Command<TakeSnapshot>(_ => SaveSnapshot(new CounterState(_total, [.. _history])));
        Command<DeleteTo>(c => DeleteMessages(c.SequenceNr));
        Command<FailNow>(c => throw new InvalidOperationException(c.Reason));
        Command<SaveSnapshotSuccess>(m => _reporter.Tell(m));
        Command<SaveSnapshotFailure>(m => _reporter.Tell(m));
        Command<DeleteMessagesSuccess>(m => _reporter.Tell(m));
        Command<DeleteMessagesFailure>(m => _reporter.Tell(m));
    }

    public override string PersistenceId => _persistenceId;

    protected override Recovery Recovery => _recovery;

    public static Props Create(PersistenceExtension persistence, string persistenceId, IActorRef reporter, Recovery? recovery = null) =>
        Props.Create(() => new TestPersistentActor(persistence, persistenceId, reporter, recovery));

    protected override void OnPersistRejected(Exception cause, object @event, long sequenceNr)
    {
        _reporter.Tell(new Rejected(@event, sequenceNr, cause));
        base.OnPersistRejected(cause, @event, sequenceNr);
    }

    protected override void OnPersistFailure(Exception cause, object @event, long sequenceNr)
    {
        _reporter.Tell(new PersistFailed(@event, sequenceNr, cause));
        base.OnPersistFailure(cause, @event, sequenceNr);
    }

    protected override void OnRecoveryFailure(Exception cause, object? @event)
    {
        _reporter.Tell(new RecoveryFailedReport(cause, @event));
        base.OnRecoveryFailure(cause, @event);
    }

    private void OnPersistEvents(PersistEvents command)
    {
        Action<object> handler = e =>
        {
            if (e is CounterIncremented incremented)
            {
                Apply(incremented);
            }

            Sender.Tell(new Persisted(e, LastSequenceNr));
        };
        if (command.Atomic)
        {
            if (command.Async)
            {
                PersistAllAsync(command.Events, handler);
            }
            else
            {
                PersistAll(command.Events, handler);
            }

            return;
        }

        foreach (var e in command.Events)
        {
            if (command.Async)
            {
                PersistAsync(e, handler);
            }
            else
            {
                Persist(e, handler);
            }
        }
    }

    private void Apply(CounterIncremented e)
    {
        _total += e.Amount;
        _history.Add(e.Reason ?? "");
    }
}
