using Microsoft.Data.Sqlite;
using NanoClaw.Actors.Persistence;
using NanoClaw.Actors.Persistence.Journal;
using NanoClaw.Actors.Persistence.Sqlite;

namespace NanoClaw.Actors.Tests.Persistence.Sqlite;

public sealed class SqliteDatabaseTests : IDisposable
{
    private readonly SqliteFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    private string RawConnectionString => new SqliteConnectionStringBuilder { DataSource = _fixture.Options.DatabasePath, Pooling = false }.ToString();

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(RawConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    [Fact]
    public async Task InitializeAsync_NewDirectory_CreatesOneFileInWalModeAtLatestVersion()
    {
        await _fixture.Database.InitializeAsync(CancellationToken.None);

        Assert.Equal(Path.Combine(_fixture.DirectoryPath, "nanoclaw.db"), _fixture.Database.Path);
        Assert.True(File.Exists(_fixture.Database.Path));
        Assert.Equal("wal", await ScalarAsync("PRAGMA journal_mode"));
        Assert.Equal(1, await _fixture.Database.ReadSchemaVersionAsync(CancellationToken.None));
    }

    [Fact]
    public async Task OpenAsync_AnyConnection_RunsWithSynchronousFull()
    {
        await using var connection = await _fixture.Database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous";

        Assert.Equal(2L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task InitializeAsync_SecondDatabaseOnSameFile_KeepsOneVersionRow()
    {
        await _fixture.Database.InitializeAsync(CancellationToken.None);
        using var second = new SqliteDatabase(_fixture.Options);
        using var third = new SqliteDatabase(_fixture.Options);

        await Task.WhenAll(second.InitializeAsync(CancellationToken.None), third.InitializeAsync(CancellationToken.None));

        Assert.Equal(1L, await ScalarAsync("SELECT count(*) FROM schema_version"));
    }

    [Fact]
    public async Task InitializeAsync_ConcurrentFirstOpenFromTwoDatabases_MigratesOnce()
    {
        using var second = new SqliteDatabase(_fixture.Options);

        await Task.WhenAll(
            Task.Run(() => _fixture.Database.InitializeAsync(CancellationToken.None)),
            Task.Run(() => second.InitializeAsync(CancellationToken.None)));

        Assert.Equal(1L, await ScalarAsync("SELECT count(*) FROM schema_version"));
    }

    [Fact]
    public async Task InitializeAsync_SchemaNewerThanThisBuild_FailsNamingVersionAndFile()
    {
        await _fixture.Database.InitializeAsync(CancellationToken.None);
        await ScalarAsync("INSERT INTO schema_version (version, description, applied_at) VALUES (99, 'future', 0)");
        using var older = new SqliteDatabase(_fixture.Options);

        var error = await Assert.ThrowsAsync<JournalException>(
            () => new SqliteJournal(older).ReadHighestSequenceNrAsync("a", 0, CancellationToken.None));

        Assert.Equal(StoreErrorKind.Schema, error.Kind);
        Assert.Contains("99", error.Message, StringComparison.Ordinal);
        Assert.Contains(_fixture.Database.Path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Journal_DataDirectoryIsAFile_FailsAsUnavailableNamingTheFile()
    {
        var blocker = Path.Combine(_fixture.DirectoryPath, "not-a-dir");
        await File.WriteAllTextAsync(blocker, "x");
        using var database = new SqliteDatabase(new SqliteStoreOptions { DataDirectory = blocker });

        var error = await Assert.ThrowsAsync<JournalException>(
            () => new SqliteJournal(database).ReadHighestSequenceNrAsync("a", 0, CancellationToken.None));

        Assert.Equal(StoreErrorKind.Unavailable, error.Kind);
        Assert.Contains(database.Path, error.Message, StringComparison.Ordinal);
    }
}
