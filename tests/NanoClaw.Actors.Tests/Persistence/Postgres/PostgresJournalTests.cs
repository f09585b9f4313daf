using NanoClaw.Actors.Persistence.Journal;
using NanoClaw.Actors.Persistence.Postgres;
using NanoClaw.Actors.Tests.Persistence.Journal;

namespace NanoClaw.Actors.Tests.Persistence.Postgres;

[RequiresPostgres]
public sealed class PostgresJournalTests : JournalContractTests
{
    private PostgresTestSchema? _schema;

    protected override Task<IJournal> CreateJournalAsync(int replayPageSize)
    {
        _schema = new PostgresTestSchema(Time, replayPageSize);
        return Task.FromResult<IJournal>(new PostgresJournal(_schema.Database));
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
