using NanoClaw.Actors.Persistence.Journal;
using NanoClaw.Actors.Persistence.Serialization;
using NanoClaw.Actors.Persistence.Snapshots;

namespace NanoClaw.Actors.Persistence.Actors;

/// <summary>
/// What persistent actors share: the journal, the snapshot store, the serializer registry and the
/// recovery permits. Build one per store and hand it to each actor's constructor through its Props
/// factory. Give it a <see cref="GroupCommitJournal"/> over a durable store, so concurrent persists of
/// many actors go to the database as one transaction.
/// </summary>
public sealed class PersistenceExtension
{
    public PersistenceExtension(
        IJournal journal,
        ISnapshotStore snapshotStore,
        SerializerRegistry serializers,
        PersistenceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(snapshotStore);
        ArgumentNullException.ThrowIfNull(serializers);
        options ??= new PersistenceOptions();
        options.Validate();
        Journal = journal;
        SnapshotStore = snapshotStore;
        Serializers = serializers;
        Options = options;
        RecoveryPermits = new SemaphoreSlim(options.MaxConcurrentRecoveries, options.MaxConcurrentRecoveries);
    }

    public IJournal Journal { get; }

    public ISnapshotStore SnapshotStore { get; }

    public SerializerRegistry Serializers { get; }

    public PersistenceOptions Options { get; }

    /// <summary>Bounds how many actors read their history at once.</summary>
    internal SemaphoreSlim RecoveryPermits { get; }
}
