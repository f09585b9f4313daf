using System.Text;
using NanoClaw.Actors.Persistence.Journal;

namespace NanoClaw.Actors.Tests.Persistence.Journal;

/// <summary>Writes: round trip, atomicity, duplicates, concurrency, large payloads.</summary>
public abstract partial class JournalContractTests
{
    [StoreFact]
    public async Task WriteAsync_SingleEvent_ReplaysEveryField()
    {
        var written = new PersistentRepresentation("a", 1, "counter.incremented.v1", [1, 2, 3], default, "writer-7");

        await WriteOkAsync(new AtomicWrite(written));

        var replayed = Assert.Single(await ReplayAsync("a"));
        Assert.Equal(("a", 1L, "counter.incremented.v1", "writer-7"), (replayed.PersistenceId, replayed.SequenceNr, replayed.Manifest, replayed.WriterId));
        Assert.Equal(new byte[] { 1, 2, 3 }, replayed.Payload);
        Assert.Equal(Time.GetUtcNow(), replayed.Timestamp);
    }

    [StoreFact]
    public async Task WriteAsync_ExplicitTimestamp_IsKept()
    {
        var at = new DateTimeOffset(2025, 6, 1, 12, 30, 0, TimeSpan.Zero);

        await WriteOkAsync(new AtomicWrite(Event("a", 1) with { Timestamp = at }));

        Assert.Equal(at, Assert.Single(await ReplayAsync("a")).Timestamp);
    }

    [StoreFact]
    public async Task WriteAsync_SeveralWrites_ReturnsOneResultEach()
    {
        var results = await Journal.WriteAsync([Events("a", 1, 3), Events("b", 1, 1), Events("a", 4, 5)], CancellationToken.None);

        Assert.Equal(3, results.Count);
        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.Equal(Range(1, 5), SequenceNrs(await ReplayAsync("a")));
        Assert.Equal(new long[] { 1L }, SequenceNrs(await ReplayAsync("b")));
    }

    [StoreFact]
    public async Task WriteAsync_EmptyList_ReturnsNoResults()
    {
        Assert.Empty(await Journal.WriteAsync([], CancellationToken.None));
    }

    [StoreFact]
    public async Task WriteAsync_DuplicateSequenceNr_FailsThatWriteWithTypedException()
    {
        await WriteOkAsync(Events("a", 1, 3));

        var results = await Journal.WriteAsync([Events("b", 1, 2), Events("a", 3, 4), Events("c", 1, 1)], CancellationToken.None);

        Assert.True(results[0].Succeeded);
        var duplicate = Assert.IsType<DuplicateSequenceNrException>(results[1].Error);
        Assert.Equal(("a", 3L), (duplicate.PersistenceId, duplicate.SequenceNr));
        Assert.Contains("'a'", duplicate.Message, StringComparison.Ordinal);
        Assert.True(results[2].Succeeded);
        Assert.Equal(Range(1, 2), SequenceNrs(await ReplayAsync("b")));
        Assert.Equal(new long[] { 1L }, SequenceNrs(await ReplayAsync("c")));
    }

    [StoreFact]
    public async Task WriteAsync_AtomicWriteWithOneDuplicate_StoresNoneOfIt()
    {
        await WriteOkAsync(Events("a", 1, 2));

        var results = await Journal.WriteAsync([Events("a", 2, 5)], CancellationToken.None);

        Assert.IsType<DuplicateSequenceNrException>(results[0].Error);
        Assert.Equal(Range(1, 2), SequenceNrs(await ReplayAsync("a")));
        Assert.Equal(2, await Journal.ReadHighestSequenceNrAsync("a", 0, CancellationToken.None));
    }

    [StoreFact]
    public async Task WriteAsync_SameSequenceNrTwiceInOneCall_SecondFails()
    {
        var results = await Journal.WriteAsync([Events("a", 1, 1), Events("a", 1, 1)], CancellationToken.None);

        Assert.True(results[0].Succeeded);
        Assert.IsType<DuplicateSequenceNrException>(results[1].Error);
        Assert.Single(await ReplayAsync("a"));
    }

    [StoreFact]
    public async Task WriteAsync_ConcurrentWriters_StoreEveryEventInOrder()
    {
        const int writers = 16;
        const int eventsEach = 40;

        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            for (var n = 1; n <= eventsEach; n += 2)
            {
                await WriteOkAsync(Events($"writer-{w}", n, n + 1));
            }
        })));

        for (var w = 0; w < writers; w++)
        {
            Assert.Equal(Range(1, eventsEach), SequenceNrs(await ReplayAsync($"writer-{w}")));
        }
    }

    [StoreFact]
    public async Task WriteAsync_OneMebibytePayload_RoundTrips()
    {
        var payload = new byte[1024 * 1024];
        new Random(42).NextBytes(payload);

        await WriteOkAsync(new AtomicWrite(Event("big", 1) with { Payload = payload }), Events("big", 2, 2));

        var replayed = await ReplayAsync("big");
        Assert.Equal(payload, replayed[0].Payload);
        Assert.Equal(Encoding.UTF8.GetBytes("e-2"), replayed[1].Payload);
    }
}
