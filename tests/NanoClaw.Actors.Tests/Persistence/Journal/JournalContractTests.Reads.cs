namespace NanoClaw.Actors.Tests.Persistence.Journal;

/// <summary>Replay ranges, limits, highest sequence nr and deletes.</summary>
public abstract partial class JournalContractTests
{
    [StoreFact]
    public async Task ReplayAsync_ManyPages_ReturnsEveryEventInSequenceOrder()
    {
        await WriteOkAsync(Events("a", 1, 10), Events("b", 1, 5), Events("a", 11, 50));

        Assert.Equal(Range(1, 50), SequenceNrs(await ReplayAsync("a")));
    }

    [StoreFact]
    public async Task ReplayAsync_Range_ReturnsOnlyEventsWithinBothBounds()
    {
        await WriteOkAsync(Events("a", 1, 30));

        Assert.Equal(Range(5, 23), SequenceNrs(await ReplayAsync("a", from: 5, to: 23)));
        Assert.Equal(new long[] { 30L }, SequenceNrs(await ReplayAsync("a", from: 30)));
        Assert.Empty(await ReplayAsync("a", from: 31));
        Assert.Empty(await ReplayAsync("a", from: 10, to: 9));
    }

    [StoreFact]
    public async Task ReplayAsync_Max_LimitsTheNumberOfEvents()
    {
        await WriteOkAsync(Events("a", 1, 30));

        Assert.Equal(Range(3, 17), SequenceNrs(await ReplayAsync("a", from: 3, max: 15)));
        Assert.Equal(Range(1, 7), SequenceNrs(await ReplayAsync("a", max: 7)));
        Assert.Empty(await ReplayAsync("a", max: 0));
    }

    [StoreFact]
    public async Task ReplayAsync_UnknownPersistenceId_ReturnsNothing()
    {
        await WriteOkAsync(Events("a", 1, 3));

        Assert.Empty(await ReplayAsync("unknown"));
    }

    [StoreFact]
    public async Task ReadHighestSequenceNrAsync_NoEvents_ReturnsZero()
    {
        Assert.Equal(0, await Journal.ReadHighestSequenceNrAsync("a", 0, CancellationToken.None));
    }

    [StoreFact]
    public async Task ReadHighestSequenceNrAsync_AfterWrites_ReturnsHighestIgnoringFromHint()
    {
        await WriteOkAsync(Events("a", 1, 12), Events("b", 1, 40));

        Assert.Equal(12, await Journal.ReadHighestSequenceNrAsync("a", 0, CancellationToken.None));
        Assert.Equal(12, await Journal.ReadHighestSequenceNrAsync("a", 20, CancellationToken.None));
    }

    [StoreFact]
    public async Task DeleteMessagesToAsync_Partial_ReplaysTheRestAndKeepsHighest()
    {
        await WriteOkAsync(Events("a", 1, 10), Events("b", 1, 3));

        await Journal.DeleteMessagesToAsync("a", 6, CancellationToken.None);

        Assert.Equal(Range(7, 10), SequenceNrs(await ReplayAsync("a")));
        Assert.Equal(10, await Journal.ReadHighestSequenceNrAsync("a", 0, CancellationToken.None));
        Assert.Equal(Range(1, 3), SequenceNrs(await ReplayAsync("b")));
    }

    [StoreFact]
    public async Task DeleteMessagesToAsync_Everything_KeepsHighestSequenceNr()
    {
        await WriteOkAsync(Events("a", 1, 10));

        await Journal.DeleteMessagesToAsync("a", 10, CancellationToken.None);

        Assert.Empty(await ReplayAsync("a"));
        Assert.Equal(10, await Journal.ReadHighestSequenceNrAsync("a", 0, CancellationToken.None));
    }

    [StoreFact]
    public async Task DeleteMessagesToAsync_BeyondHighest_DoesNotRaiseHighest()
    {
        await WriteOkAsync(Events("a", 1, 4));

        await Journal.DeleteMessagesToAsync("a", long.MaxValue, CancellationToken.None);

        Assert.Empty(await ReplayAsync("a"));
        Assert.Equal(4, await Journal.ReadHighestSequenceNrAsync("a", 0, CancellationToken.None));
    }

    [StoreFact]
    public async Task DeleteMessagesToAsync_ThenWriteNext_ContinuesNumbering()
    {
        await WriteOkAsync(Events("a", 1, 5));
        await Journal.DeleteMessagesToAsync("a", 5, CancellationToken.None);

        await WriteOkAsync(Events("a", 6, 7));
        await Journal.DeleteMessagesToAsync("a", 6, CancellationToken.None);

        Assert.Equal(new long[] { 7L }, SequenceNrs(await ReplayAsync("a")));
        Assert.Equal(7, await Journal.ReadHighestSequenceNrAsync("a", 0, CancellationToken.None));
    }

    [StoreFact]
    public async Task DeleteMessagesToAsync_UnknownPersistenceId_LeavesHighestAtZero()
    {
        await Journal.DeleteMessagesToAsync("nobody", 10, CancellationToken.None);

        Assert.Equal(0, await Journal.ReadHighestSequenceNrAsync("nobody", 0, CancellationToken.None));
    }
}
