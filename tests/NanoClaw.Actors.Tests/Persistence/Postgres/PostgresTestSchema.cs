using NanoClaw.Actors.Persistence.Postgres;
using Npgsql;

namespace NanoClaw.Actors.Tests.Persistence.Postgres;

/// <summary>
/// A database on its own freshly named schema of the NANOCLAW_TEST_POSTGRES server, so test runs and
/// test classes never see each other's rows; the schema is dropped on dispose.
/// </summary>
public sealed class PostgresTestSchema : IAsyncDisposable
{
    public PostgresTestSchema(TimeProvider? timeProvider = null, int replayPageSize = 1000)
    {
        ConnectionString = PostgresTestEnvironment.ConnectionString
            ?? throw new InvalidOperationException(PostgresTestEnvironment.SkipReason);
        Options = new PostgresStoreOptions
        {
            ConnectionString = ConnectionString,
            Schema = $"nc_test_{Guid.NewGuid():N}",
            ReplayPageSize = replayPageSize,
        };
        Database = new PostgresDatabase(Options, timeProvider);
    }

    public string ConnectionString { get; }

    public PostgresStoreOptions Options { get; }

    public PostgresDatabase Database { get; }

    /// <summary>Runs SQL outside the stores, e.g. to plant a foreign table.</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        await ExecuteAsync($"DROP SCHEMA IF EXISTS {Options.Schema} CASCADE");
    }
}
