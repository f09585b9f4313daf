using Npgsql;

namespace NanoClaw.Host.Tests.Support;

/// <summary>A fresh PostgreSQL database for one test on the server of <c>NANOCLAW_TEST_POSTGRES</c>, dropped afterwards.</summary>
internal sealed class PostgresTestDatabase : IAsyncDisposable
{
    private readonly string _admin;
    private readonly string _name = "nc_test_" + Guid.NewGuid().ToString("N")[..12];

    private PostgresTestDatabase(string admin)
    {
        _admin = admin;
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = _name }.ToString();
    }

    public string ConnectionString { get; }

    public static async Task<PostgresTestDatabase> CreateAsync()
    {
        var admin = PostgresFactAttribute.ConnectionString
            ?? throw new InvalidOperationException($"{PostgresFactAttribute.Variable} is not set; run `eval \"$(scripts/ensure-postgres.sh start)\"` first");
        var database = new PostgresTestDatabase(admin);
        await ExecuteAsync(admin, $"CREATE DATABASE {database._name}");
        return database;
    }

    public Task ExecuteAsync(string sql) => ExecuteAsync(ConnectionString, sql);

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(_admin, $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var source = NpgsqlDataSource.Create(connectionString);
        await using var command = source.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
