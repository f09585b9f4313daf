using NanoClaw.Actors.Persistence.Postgres;
using NanoClaw.Actors.Persistence.Snapshots;
using NanoClaw.Actors.Tests.Persistence.Snapshots;

namespace NanoClaw.Actors.Tests.Persistence.Postgres;

[RequiresPostgres]
public sealed class PostgresSnapshotStoreTests : SnapshotStoreContractTests
{
    private PostgresTestSchema? _schema;

    protected override Task<ISnapshotStore> CreateStoreAsync()
    {
        _schema = new PostgresTestSchema(Time);
        return Task.FromResult<ISnapshotStore>(new PostgresSnapshotStore(_schema.Database));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_schema is not null)
        {
            await _schema.DisposeAsync();
        }
    }
}
