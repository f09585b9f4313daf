using NanoClaw.Actors.Persistence.Snapshots;
using NanoClaw.Actors.Persistence.Sqlite;
using NanoClaw.Actors.Tests.Persistence.Snapshots;

namespace NanoClaw.Actors.Tests.Persistence.Sqlite;

public sealed class SqliteSnapshotStoreTests : SnapshotStoreContractTests
{
    private SqliteFixture? _fixture;

    protected override Task<ISnapshotStore> CreateStoreAsync()
    {
        _fixture = new SqliteFixture(Time);
        return Task.FromResult<ISnapshotStore>(new SqliteSnapshotStore(_fixture.Database));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _fixture?.Dispose();
    }
}
