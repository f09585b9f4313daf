using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using NanoClaw.Actors.Kernel;
using NanoClaw.Actors.Persistence;
using NanoClaw.Actors.Persistence.Actors;
using NanoClaw.Actors.Persistence.Journal;
using NanoClaw.Actors.Persistence.Sqlite;

namespace NanoClaw.Actors.Tests.Persistence.Actors;

/// <summary>
/// Persistent actors on a real SQLite file: durable across systems, and stopped (never running on
/// with unsaved state) when the file is corrupt, foreign, full or locked, with the file named in the log.
/// </summary>
public sealed class PersistentActorSqliteTests : PersistenceTestKit, IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private readonly List<IAsyncDisposable> _journals = [];
    private readonly List<SqliteDatabase> _databases = [];

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        foreach (var journal in _journals)
        {
            await journal.DisposeAsync();
        }

        _databases.ForEach(d => d.Dispose());
        _directory.Dispose();
    }

    private SqliteStoreOptions Options(int? maxPageCount = null) => new()
    {
        DataDirectory = _directory.Path,
        BusyTimeout = TimeSpan.FromMilliseconds(100),
        MaxPageCount = maxPageCount,
    };

    private PersistenceExtension SqliteExtension(SqliteStoreOptions options)
    {
        var database = new SqliteDatabase(options, Time);
        _databases.Add(database);
        var journal = new GroupCommitJournal(new SqliteJournal(database));
        _journals.Add(journal);
        return new PersistenceExtension(journal, new SqliteSnapshotStore(database), NewRegistry());
    }

    private IActorRef Spawn(PersistenceExtension persistence, string id)
    {
        var actor = Sys.ActorOf(TestPersistentActor.Create(persistence, id, TestActor));
        Watch(actor);
        return actor;
    }

    private void AssertStoppedNamingTheFile(IActorRef actor, string path)
    {
        ExpectTerminated(actor);
        var error = Assert.Single(Logs.Entries, e => e.Level == LogLevel.Error && e.Exception is PersistenceStoreException);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Persist_OnSqlite_RecoveredByTheNextIncarnationWithASnapshot()
    {
        var options = Options();
        var actor = Spawn(SqliteExtension(options), "durable");
        ExpectMsg<Recovered>();
        actor.Tell(new PersistEvents(Inc(1, "a"), Inc(2, "b")), TestActor);
        ReceiveN(2);
        actor.Tell(new TakeSnapshot(), TestActor);
        ExpectMsg<SaveSnapshotSuccess>();
        actor.Tell(new PersistEvents(Inc(3, "c")), TestActor);
        ExpectMsg<Persisted>();
        Sys.Stop(actor);
        ExpectTerminated(actor);

        Spawn(SqliteExtension(options), "durable");

        Assert.Equal(2, ExpectMsg<SnapshotOffer>().Metadata.SequenceNr);
        var recovered = ExpectMsg<Recovered>();
        Assert.Equal(["a", "b", "c"], recovered.History);
        Assert.Equal(3, recovered.LastSequenceNr);
    }

    [Fact]
    public async Task Recovery_CorruptFile_StopsAndLogsTheFile()
    {
        var options = Options();
        var garbage = new byte[8192];
        new Random(1).NextBytes(garbage);
        await File.WriteAllBytesAsync(options.DatabasePath, garbage);

        var actor = Spawn(SqliteExtension(options), "c");

        Assert.Equal(StoreErrorKind.Corrupt, Assert.IsAssignableFrom<PersistenceStoreException>(ExpectMsg<RecoveryFailedReport>().Cause).Kind);
        AssertStoppedNamingTheFile(actor, options.DatabasePath);
    }

    [Fact]
    public async Task Recovery_ForeignDatabase_StopsAndLogsTheFile()
    {
        var options = Options();
        await using (var foreign = new SqliteConnection($"Data Source={options.DatabasePath};Pooling=False"))
        {
            await foreign.OpenAsync();
            await using var command = foreign.CreateCommand();
            command.CommandText = "CREATE TABLE journal (id INTEGER PRIMARY KEY, body TEXT)";
            await command.ExecuteNonQueryAsync();
        }

        var actor = Spawn(SqliteExtension(options), "f");

        ExpectMsg<RecoveryFailedReport>();
        AssertStoppedNamingTheFile(actor, options.DatabasePath);
    }

    [Fact]
    public void Persist_DiskFull_StopsAndLogsTheFile()
    {
        var options = Options(maxPageCount: 64);
        var actor = Spawn(SqliteExtension(options), "full");
        ExpectMsg<Recovered>();

        actor.Tell(new PersistEvents(Inc(1, new string('x', 1024 * 1024))), TestActor);

        Assert.Equal(StoreErrorKind.Full, Assert.IsAssignableFrom<PersistenceStoreException>(ExpectMsg<PersistFailed>().Cause).Kind);
        AssertStoppedNamingTheFile(actor, options.DatabasePath);
    }

    [Fact]
    public async Task Persist_DatabaseLockedByAnotherProcess_StopsAndLogsTheFile()
    {
        var options = Options();
        var actor = Spawn(SqliteExtension(options), "locked");
        ExpectMsg<Recovered>();
        await using var holder = new SqliteConnection($"Data Source={options.DatabasePath};Pooling=False");
        await holder.OpenAsync();
        await using (var command = holder.CreateCommand())
        {
            command.CommandText = "BEGIN EXCLUSIVE; INSERT INTO journal_metadata VALUES ('holder', 1);";
            await command.ExecuteNonQueryAsync();
        }

        actor.Tell(new PersistEvents(Inc(1, "a")), TestActor);

        var failed = ExpectMsg<PersistFailed>(timeout: TimeSpan.FromSeconds(10));
        Assert.Equal(StoreErrorKind.Locked, Assert.IsAssignableFrom<PersistenceStoreException>(failed.Cause).Kind);
        AssertStoppedNamingTheFile(actor, options.DatabasePath);
    }
}
