using NanoClaw.Actors.Persistence.Snapshots;
using NanoClaw.Actors.Persistence.Sqlite;
using NanoClaw.Actors.Tests.Persistence.Snapshots;

namespace NanoClaw.Actors.Tests.Persistence.Sqlite;

public sealed class SqliteSnapshotStoreTests : SnapshotStoreContractTests
{
    private readonly TempDirectory _directory = new();
    private SqliteDatabase? _database;

    protected override Task<ISnapshotStore> CreateStoreAsync()
    {
        _database = new SqliteDatabase(new SqliteStoreOptions { DataDirectory = _directory.Path }, Time);
        return Task.FromResult<ISnapshotStore>(new SqliteSnapshotStore(_database));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _database?.Dispose();
        _directory.Dispose();
    }
}
