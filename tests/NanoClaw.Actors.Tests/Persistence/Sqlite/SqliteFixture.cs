using NanoClaw.Actors.Persistence.Sqlite;

namespace NanoClaw.Actors.Tests.Persistence.Sqlite;

/// <summary>A SQLite database in a temp directory, removed on dispose.</summary>
public sealed class SqliteFixture : IDisposable
{
    private readonly TempDirectory _directory = new();

    public SqliteFixture(TimeProvider? timeProvider = null, Func<SqliteStoreOptions, SqliteStoreOptions>? configure = null)
    {
        var options = new SqliteStoreOptions { DataDirectory = _directory.Path };
        Options = configure?.Invoke(options) ?? options;
        Database = new SqliteDatabase(Options, timeProvider);
    }

    public SqliteStoreOptions Options { get; }

    public SqliteDatabase Database { get; }

    public string DirectoryPath => _directory.Path;

    public void Dispose()
    {
        Database.Dispose();
        _directory.Dispose();
    }
}
