using Akka.Actor;
using Akka.Persistence;
using NanoClaw.Actors.Groups;

namespace NanoClaw.Bench.Suites;

/// <summary>
/// A persistent counter that persists the node's own small event (<see cref="CursorAdvanced"/>) through
/// the node's serializer, and signals a shared countdown per persisted event and once recovered.
/// </summary>
internal sealed class BenchCounter : ReceivePersistentActor
{
    private long _count;
    private long _sum;

    public BenchCounter(string persistenceId, Countdown? persisted, Countdown? recovered)
    {
        PersistenceId = persistenceId;
        Recover<SnapshotOffer>(offer => (_count, _sum) = (offer.Metadata.SequenceNr, ((CursorAdvanced)offer.Snapshot).Cursor));
        Recover<CursorAdvanced>(Apply);
        Recover<RecoveryCompleted>(_ => recovered?.Signal());
        Command<BenchAdd>(c => Persist(new CursorAdvanced(c.Value), e =>
        {
            Apply(e);
            persisted?.Signal();
        }));
        Command<BenchAddMany>(c => PersistAll(Enumerable.Range(1, c.Count).Select(i => new CursorAdvanced(i)), e =>
        {
            Apply(e);
            persisted?.Signal();
        }));
        Command<BenchPing>(_ => Sender.Tell(_count));
    }

    public override string PersistenceId { get; }

    private void Apply(CursorAdvanced e)
    {
        _count++;
        _sum += e.Cursor;
    }
}
