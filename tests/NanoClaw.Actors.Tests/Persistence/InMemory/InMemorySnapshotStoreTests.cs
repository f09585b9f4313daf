using NanoClaw.Actors.Persistence.InMemory;
using NanoClaw.Actors.Persistence.Snapshots;
using NanoClaw.Actors.Tests.Persistence.Snapshots;

namespace NanoClaw.Actors.Tests.Persistence.InMemory;

public sealed class InMemorySnapshotStoreTests : SnapshotStoreContractTests
{
    protected override Task<ISnapshotStore> CreateStoreAsync() =>
        Task.FromResult<ISnapshotStore>(new InMemorySnapshotStore(Time));
}
