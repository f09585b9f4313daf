using Microsoft.Data.Sqlite;
using NanoClaw.Actors.Persistence;
using NanoClaw.Actors.Persistence.Journal;
using NanoClaw.Actors.Persistence.Snapshots;
using NanoClaw.Actors.Persistence.Sqlite;

namespace NanoClaw.Actors.Tests.Persistence.Sqlite;

/// <summary>Damaged, foreign, locked and full databases: every error is typed and names the file.</summary>
public sealed class SqliteFailureTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private SqliteStoreOptions Options(int? maxPageCount = null) => new()
    {
        DataDirectory = _directory.Path,
        BusyTimeout = TimeSpan.FromMilliseconds(100),
        MaxPageCount = maxPageCount,
    };

    private static AtomicWrite Write(string persistenceId, long sequenceNr, int payloadBytes = 3) =>
        new(new PersistentRepresentation(persistenceId, sequenceNr, "m", new byte[payloadBytes], default, "w"));

    private static async Task ExecuteRawAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static SqliteConnection RawConnection(string path) =>
        new(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());

    private static void AssertNamesFile(PersistenceStoreException error, StoreErrorKind kind, string path)
    {
        Assert.Equal(kind, error.Kind);
        Assert.Equal(path, error.Location);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_FileOfRandomBytes_FailsAsCorruptNamingTheFile()
    {
        var options = Options();
        var garbage = new byte[8192];
        new Random(1).NextBytes(garbage);
        await File.WriteAllBytesAsync(options.DatabasePath, garbage);
        using var database = new SqliteDatabase(options);

        var error = await Assert.ThrowsAsync<JournalException>(() => new SqliteJournal(database).WriteAsync([Write("a", 1)], CancellationToken.None));

        AssertNamesFile(error, StoreErrorKind.Corrupt, options.DatabasePath);
        Assert.Contains("not a valid SQLite database", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_FileOfRandomBytes_FailsAsCorruptNamingTheFile()
    {
        var options = Options();
        await File.WriteAllBytesAsync(options.DatabasePath, [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7))]);
        using var database = new SqliteDatabase(options);

        var error = await Assert.ThrowsAsync<SnapshotStoreException>(
            () => new SqliteSnapshotStore(database).LoadAsync("a", SnapshotSelectionCriteria.Latest, CancellationToken.None));

        AssertNamesFile(error, StoreErrorKind.Corrupt, options.DatabasePath);
    }

    [Theory]
    [InlineData("CREATE TABLE journal (id INTEGER PRIMARY KEY, body TEXT)")]
    [InlineData("CREATE TABLE schema_version (v TEXT)")]
    public async Task WriteAsync_ForeignDatabaseWithConflictingTable_FailsAsSchemaNamingTheFile(string foreignTable)
    {
        var options = Options();
        await using (var foreign = RawConnection(options.DatabasePath))
        {
            await foreign.OpenAsync();
            await ExecuteRawAsync(foreign, foreignTable);
        }

        using var database = new SqliteDatabase(options);

        var error = await Assert.ThrowsAsync<JournalException>(() => new SqliteJournal(database).WriteAsync([Write("a", 1)], CancellationToken.None));

        AssertNamesFile(error, StoreErrorKind.Schema, options.DatabasePath);
        Assert.Contains("another program's database", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_AnotherProcessHoldsTheWriteLock_FailsAsLockedNamingTheFile()
    {
        var options = Options();
        using var database = new SqliteDatabase(options);
        var journal = new SqliteJournal(database);
        await database.InitializeAsync(CancellationToken.None);
        await using var holder = RawConnection(options.DatabasePath);
        await holder.OpenAsync();
        await ExecuteRawAsync(holder, "BEGIN EXCLUSIVE; INSERT INTO journal_metadata VALUES ('holder', 1);");

        var error = await Assert.ThrowsAsync<JournalException>(() => journal.WriteAsync([Write("a", 1)], CancellationToken.None));

        AssertNamesFile(error, StoreErrorKind.Locked, options.DatabasePath);
        Assert.Contains("locked", error.Message, StringComparison.Ordinal);
        await ExecuteRawAsync(holder, "ROLLBACK");
        Assert.True((await journal.WriteAsync([Write("a", 1)], CancellationToken.None)).Single().Succeeded);
    }

    [Fact]
    public async Task WriteAsync_DatabaseFull_FailsAsFullNamingTheFileAndStaysUsable()
    {
        var options = Options(maxPageCount: 64);
        using var database = new SqliteDatabase(options);
        var journal = new SqliteJournal(database);

        var error = await Assert.ThrowsAsync<JournalException>(
            () => journal.WriteAsync([Write("small", 1), Write("big", 1, payloadBytes: 1024 * 1024)], CancellationToken.None));

        AssertNamesFile(error, StoreErrorKind.Full, options.DatabasePath);
        Assert.Contains("full", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await journal.ReadHighestSequenceNrAsync("small", 0, CancellationToken.None));
        Assert.True((await journal.WriteAsync([Write("small", 1)], CancellationToken.None)).Single().Succeeded);
    }

    [Fact]
    public async Task SaveAsync_DatabaseFull_FailsAsFullNamingTheFile()
    {
        var options = Options(maxPageCount: 64);
        using var database = new SqliteDatabase(options);
        var snapshot = new StoredSnapshot(new SnapshotMetadata("a", 1, default), "m", new byte[1024 * 1024]);

        var error = await Assert.ThrowsAsync<SnapshotStoreException>(() => new SqliteSnapshotStore(database).SaveAsync(snapshot, CancellationToken.None));

        AssertNamesFile(error, StoreErrorKind.Full, options.DatabasePath);
    }

    [Fact]
    public async Task ReplayAsync_DamagedPages_FailsAsCorruptNamingTheFile()
    {
        var options = Options();
        using (var database = new SqliteDatabase(options))
        {
            var journal = new SqliteJournal(database);
            await journal.WriteAsync([.. Enumerable.Range(1, 200).Select(n => Write("a", n, payloadBytes: 200))], CancellationToken.None);
        }

        await using (var file = new FileStream(options.DatabasePath, FileMode.Open, FileAccess.Write))
        {
            file.Position = 4096;
            var garbage = new byte[file.Length - 4096];
            new Random(3).NextBytes(garbage);
            await file.WriteAsync(garbage);
        }

        using var reopened = new SqliteDatabase(options);
        var error = await Assert.ThrowsAsync<JournalException>(async () =>
        {
            await foreach (var _ in new SqliteJournal(reopened).ReplayAsync("a", 1, long.MaxValue, long.MaxValue, CancellationToken.None))
            {
            }
        });

        AssertNamesFile(error, StoreErrorKind.Corrupt, options.DatabasePath);
    }
}
