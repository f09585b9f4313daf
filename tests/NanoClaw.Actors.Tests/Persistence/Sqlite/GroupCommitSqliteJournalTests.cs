using NanoClaw.Actors.Persistence.Journal;
using NanoClaw.Actors.Persistence.Sqlite;
using NanoClaw.Actors.Tests.Persistence.Journal;

namespace NanoClaw.Actors.Tests.Persistence.Sqlite;

/// <summary>The journal contract through the group-commit writer, as the node runs it.</summary>
public sealed class GroupCommitSqliteJournalTests : JournalContractTests
{
    private SqliteFixture? _fixture;

    protected override Task<IJournal> CreateJournalAsync(int replayPageSize)
    {
        _fixture = new SqliteFixture(Time, o => new SqliteStoreOptions { DataDirectory = o.DataDirectory, ReplayPageSize = replayPageSize });
        return Task.FromResult<IJournal>(new GroupCommitJournal(new SqliteJournal(_fixture.Database)));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _fixture?.Dispose();
    }
}
