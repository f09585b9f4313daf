using NanoClaw.Actors.Persistence.InMemory;
using NanoClaw.Actors.Persistence.Journal;
using NanoClaw.Actors.Tests.Persistence.Journal;

namespace NanoClaw.Actors.Tests.Persistence.InMemory;

public sealed class InMemoryJournalTests : JournalContractTests
{
    protected override Task<IJournal> CreateJournalAsync(int replayPageSize) =>
        Task.FromResult<IJournal>(new InMemoryJournal(Time));
}
