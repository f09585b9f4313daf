using System.Text;
using NanoClaw.Actors.Persistence.Journal;

namespace NanoClaw.Actors.Tests.Persistence.Journal;

/// <summary>
/// The behaviour every <see cref="IJournal"/> keeps. Each store derives a class that creates a fresh,
/// empty journal per test; replay pages are small so paging is exercised.
/// </summary>
public abstract partial class JournalContractTests : IAsyncLifetime
{
    /// <summary>The replay page size the stores are created with.</summary>
    protected const int SmallReplayPageSize = 7;

    private IJournal? _journal;

    protected ManualTimeProvider Time { get; } = new();

    protected IJournal Journal => _journal ?? throw new InvalidOperationException("The journal is created in InitializeAsync.");

    public async Task InitializeAsync() => _journal = await CreateJournalAsync(SmallReplayPageSize);

    public virtual async Task DisposeAsync()
    {
        switch (_journal)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }

    /// <summary>A new, empty journal using <see cref="Time"/> for timestamps.</summary>
    protected abstract Task<IJournal> CreateJournalAsync(int replayPageSize);

    protected static PersistentRepresentation Event(string persistenceId, long sequenceNr, string text = "e") =>
        new(persistenceId, sequenceNr, "test.event", Encoding.UTF8.GetBytes($"{text}-{sequenceNr}"), default, "writer-1");

    protected static AtomicWrite Events(string persistenceId, long from, long to) =>
        new([.. Enumerable.Range((int)from, (int)(to - from + 1)).Select(n => Event(persistenceId, n))]);

    protected async Task WriteOkAsync(params AtomicWrite[] writes)
    {
        var results = await Journal.WriteAsync(writes, CancellationToken.None);
        Assert.All(results, r => Assert.True(r.Succeeded, r.Error?.ToString()));
    }

    protected async Task<List<PersistentRepresentation>> ReplayAsync(
        string persistenceId, long from = 1, long to = long.MaxValue, long max = long.MaxValue)
    {
        var replayed = new List<PersistentRepresentation>();
        await foreach (var e in Journal.ReplayAsync(persistenceId, from, to, max, CancellationToken.None))
        {
            replayed.Add(e);
        }

        return replayed;
    }

    protected static long[] SequenceNrs(IEnumerable<PersistentRepresentation> events) => [.. events.Select(e => e.SequenceNr)];

    protected static long[] Range(long from, long to) => [.. Enumerable.Range((int)from, (int)(to - from + 1)).Select(n => (long)n)];
}
