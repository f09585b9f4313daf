using NanoClaw.Actors.Persistence.Journal;
using NanoClaw.Actors.Persistence.Postgres;
using NanoClaw.Actors.Persistence.Snapshots;
using NanoClaw.Actors.Persistence.Sqlite;
using NanoClaw.Host.Settings;

namespace NanoClaw.Host.Node;

/// <summary>The node's journal and snapshot store, as <c>nanoclaw.persistence</c> chooses: SQLite under the data folder or PostgreSQL.</summary>
public sealed class NodeStore : IAsyncDisposable
{
    private readonly IAsyncDisposable _database;
    private readonly GroupCommitJournal _journal;

    private NodeStore(IAsyncDisposable database, GroupCommitJournal journal, ISnapshotStore snapshots, string location)
    {
        _database = database;
        _journal = journal;
        Snapshots = snapshots;
        Location = location;
    }

    public IJournal Journal => _journal;

    public ISnapshotStore Snapshots { get; }

    /// <summary>Where the events live, for the log.</summary>
    public string Location { get; }

    public static async Task<NodeStore> OpenAsync(NanoClawOptions options, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Persistence.Provider == PersistenceProvider.Postgres)
        {
            var postgres = new PostgresDatabase(new PostgresStoreOptions { ConnectionString = options.Persistence.Postgres.ConnectionString! }, timeProvider);
            await postgres.InitializeAsync(cancellationToken).ConfigureAwait(false);
            return new NodeStore(postgres, new GroupCommitJournal(new PostgresJournal(postgres)), new PostgresSnapshotStore(postgres), postgres.Location);
        }

        var sqlite = new SqliteDatabase(new SqliteStoreOptions { DataDirectory = options.DataDir, FileName = options.Persistence.Sqlite.File }, timeProvider);
        await sqlite.InitializeAsync(cancellationToken).ConfigureAwait(false);
        return new NodeStore(new SyncDisposable(sqlite), new GroupCommitJournal(new SqliteJournal(sqlite)), new SqliteSnapshotStore(sqlite), sqlite.Path);
    }

    public async ValueTask DisposeAsync()
    {
        await _journal.DisposeAsync().ConfigureAwait(false);
        await _database.DisposeAsync().ConfigureAwait(false);
    }

    private sealed class SyncDisposable(IDisposable inner) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            inner.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
