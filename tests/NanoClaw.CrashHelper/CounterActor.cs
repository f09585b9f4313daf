using NanoClaw.Actors.Persistence.Actors;

namespace NanoClaw.CrashHelper;

/// <summary>
/// A persistent counter that records every applied increment id. It prints <c>ack id</c> only from
/// the persist handler, i.e. after the journal confirmed the event (fsynced), and snapshots every
/// <see cref="SnapshotEvery"/> events so recovery exercises snapshot plus events.
/// </summary>
public sealed class CounterActor : ReceivePersistentActor
{
    private const int SnapshotEvery = 50;

    private readonly List<long> _ids = [];

    public CounterActor(PersistenceExtension persistence, string name, TextWriter output)
        : base(persistence)
    {
        PersistenceId = "counter-" + name;
        Recover<SnapshotOffer>(offer => _ids.AddRange(((CounterSnapshot)offer.Snapshot).Ids));
        Recover<Incremented>(e => _ids.Add(e.Id));
        Command<Increment>(c => Persist(new Incremented(c.Id), e =>
        {
            _ids.Add(e.Id);
            output.WriteLine($"ack {e.Id}");
            if (LastSequenceNr % SnapshotEvery == 0)
            {
                SaveSnapshot(new CounterSnapshot([.. _ids]));
            }
        }));
        Command<GetIds>(_ => Sender.Tell(_ids.ToArray()));
    }

    public override string PersistenceId { get; }
}
