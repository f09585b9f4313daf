using NanoClaw.Actors.Persistence.Actors;

namespace NanoClaw.Bench.Suites;

/// <summary>A persistent counter that signals a shared countdown per persisted event and once recovered.</summary>
internal sealed class BenchCounter : ReceivePersistentActor
{
    private long _count;
    private long _sum;

    public BenchCounter(PersistenceExtension persistence, string persistenceId, Countdown? persisted, Countdown? recovered)
        : base(persistence)
    {
        PersistenceId = persistenceId;
        Recover<SnapshotOffer>(offer =>
        {
            var state = (BenchState)offer.Snapshot;
            (_count, _sum) = (state.Count, state.Sum);
        });
        Recover<BenchAdded>(Apply);
        Recover<RecoveryCompleted>(_ => recovered?.Signal());
        Command<BenchAdd>(c => Persist(new BenchAdded(c.Value), e =>
        {
            Apply(e);
            persisted?.Signal();
        }));
        Command<BenchAddMany>(c =>
        {
            for (var i = 1; i <= c.Count; i++)
            {
                Persist(new BenchAdded(i), e =>
                {
                    Apply(e);
                    persisted?.Signal();
                });
            }
        });
        Command<BenchPing>(_ => Sender.Tell(_count));
    }

    public override string PersistenceId { get; }

    private void Apply(BenchAdded e)
    {
        _count++;
        _sum += e.Value;
    }
}
