using NanoClaw.Actors.Persistence.Journal;
using NanoClaw.Actors.Persistence.Sqlite;
using NanoClaw.Actors.Tests.Persistence.Journal;

namespace NanoClaw.Actors.Tests.Persistence.Sqlite;

public sealed class SqliteJournalTests : JournalContractTests
{
    private readonly TempDirectory _directory = new();
    private SqliteDatabase? _database;

    protected override Task<IJournal> CreateJournalAsync(int replayPageSize)
    {
        _database = new SqliteDatabase(new SqliteStoreOptions { DataDirectory = _directory.Path, ReplayPageSize = replayPageSize }, Time);
        return Task.FromResult<IJournal>(new SqliteJournal(_database));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _database?.Dispose();
        _directory.Dispose();
    }
}
