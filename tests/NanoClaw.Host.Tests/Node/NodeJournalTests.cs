using Microsoft.Data.Sqlite;
using Npgsql;
using NanoClaw.Host.Node;
using NanoClaw.Host.Tests.Configuration;
using NanoClaw.Host.Tests.Support;

namespace NanoClaw.Host.Tests.Node;

public sealed class NodeJournalTests
{
    [Fact]
    public void Sqlite_NewFile_CreatedInWalMode()
    {
        using var temp = new TempDirectory();
        var path = Path.Join(temp.Path, "data", "nanoclaw.db");

        var journal = NodeJournal.Sqlite(path);

        using var connection = new SqliteConnection(journal.ConnectionString);
        connection.Open();
        using var mode = connection.CreateCommand();
        mode.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", mode.ExecuteScalar());
        Assert.Equal(NodeJournal.SqliteProvider, journal.ProviderName);
        Assert.Equal(path, journal.Location);
    }

    [Fact]
    public async Task Sqlite_NodeStarted_JournalIndexedByPersistenceIdAndSequenceNumber()
    {
        using var temp = new TempDirectory();
        var journal = NodeJournal.Sqlite(Path.Join(temp.Path, "data", "nanoclaw.db"));
        await using (var node = await NodeHarness.StartAsync(journal: journal))
        {
            await node.RegisterAsync("family", "web:family");
            Assert.True((await node.PostAsync("web:family", "one", id: "m1")).Stored);
        }

        await using var connection = new SqliteConnection(journal.ConnectionString);
        await connection.OpenAsync();
        await using var indexes = connection.CreateCommand();
        indexes.CommandText = "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'journal' AND sql IS NOT NULL";

        AssertUniqueIndexOnIdAndSequence(await ColumnAsync(indexes));
    }

    [PostgresFact]
    public async Task Postgres_NodeStarted_JournalIndexedByPersistenceIdAndSequenceNumber()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using (var node = await NodeHarness.StartAsync(journal: NodeJournal.Postgres(database.ConnectionString)))
        {
            await node.RegisterAsync("family", "web:family");
            Assert.True((await node.PostAsync("web:family", "one", id: "m1")).Stored);
        }

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var indexes = new NpgsqlCommand("SELECT indexdef FROM pg_indexes WHERE tablename = 'journal'", connection);

        AssertUniqueIndexOnIdAndSequence(await ColumnAsync(indexes));
    }

    [PostgresFact]
    public async Task Postgres_NodeStoresRestartsAndRecovers_NothingLostNothingTwice()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var node = await NodeHarness.StartAsync(journal: NodeJournal.Postgres(database.ConnectionString));
        await node.RegisterAsync("family", "web:family");
        Assert.True((await node.PostAsync("web:family", "one", id: "m1")).Stored);
        Assert.True((await node.PostAsync("web:family", "two", id: "m2")).Stored);

        await node.RestartAsync();

        Assert.False((await node.PostAsync("web:family", "one", id: "m1")).Stored);
        Assert.Equal(2, (await node.StatusAsync("family")).Pending);
    }

    [PostgresFact]
    public async Task Postgres_EarlierJournalFormat_RefusedNamingTheSchema()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await database.ExecuteAsync("CREATE SCHEMA nanoclaw; CREATE TABLE nanoclaw.schema_version (version integer NOT NULL)");

        var error = Assert.Throws<JournalFormatException>(() => NodeJournal.Postgres(database.ConnectionString));

        Assert.Contains("schema 'nanoclaw'", error.Message, StringComparison.Ordinal);
        Assert.Contains("ALTER SCHEMA nanoclaw RENAME", error.Message, StringComparison.Ordinal);
    }

    private static void AssertUniqueIndexOnIdAndSequence(IReadOnlyList<string> definitions) =>
        Assert.Contains(definitions, sql => sql.StartsWith("CREATE UNIQUE INDEX", StringComparison.Ordinal) && sql.Contains("(persistence_id, sequence_number)", StringComparison.Ordinal));

    private static async Task<IReadOnlyList<string>> ColumnAsync(System.Data.Common.DbCommand command)
    {
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
