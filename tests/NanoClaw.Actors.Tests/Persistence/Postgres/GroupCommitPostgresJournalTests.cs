using NanoClaw.Actors.Persistence.Journal;
using NanoClaw.Actors.Persistence.Postgres;
using NanoClaw.Actors.Tests.Persistence.Journal;

namespace NanoClaw.Actors.Tests.Persistence.Postgres;

/// <summary>The journal contract through the group-commit writer on PostgreSQL.</summary>
[RequiresPostgres]
public sealed class GroupCommitPostgresJournalTests : JournalContractTests
{
    private PostgresTestSchema? _schema;

    protected override Task<IJournal> CreateJournalAsync(int replayPageSize)
    {
        _schema = new PostgresTestSchema(Time, replayPageSize);
        return Task.FromResult<IJournal>(new GroupCommitJournal(new PostgresJournal(_schema.Database)));
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
