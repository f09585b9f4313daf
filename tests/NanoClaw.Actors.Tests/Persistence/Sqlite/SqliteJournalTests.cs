using NanoClaw.Actors.Persistence.Journal;
using NanoClaw.Actors.Persistence.Sqlite;
using NanoClaw.Actors.Tests.Persistence.Journal;

namespace NanoClaw.Actors.Tests.Persistence.Sqlite;

public sealed class SqliteJournalTests : JournalContractTests
{
    private SqliteFixture? _fixture;

    protected override Task<IJournal> CreateJournalAsync(int replayPageSize)
    {
        _fixture = new SqliteFixture(Time, o => new SqliteStoreOptions { DataDirectory = o.DataDirectory, ReplayPageSize = replayPageSize });
        return Task.FromResult<IJournal>(new SqliteJournal(_fixture.Database));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _fixture?.Dispose();
    }
}
