using NanoClaw.Actors.Persistence.Snapshots;

namespace NanoClaw.Actors.Tests.Persistence.Snapshots;

/// <summary>Save, selection by criteria, deletes and retention.</summary>
public abstract partial class SnapshotStoreContractTests
{
    [StoreFact]
    public async Task LoadAsync_NoSnapshot_ReturnsNull()
    {
        Assert.Null(await Store.LoadAsync("a", SnapshotSelectionCriteria.Latest, CancellationToken.None));
    }

    [StoreFact]
    public async Task SaveAsync_ThenLoad_ReturnsEveryField()
    {
        await Store.SaveAsync(new StoredSnapshot(new SnapshotMetadata("a", 7, default), "group.state.v2", [9, 8, 7]), CancellationToken.None);

        var loaded = await Store.LoadAsync("a", SnapshotSelectionCriteria.Latest, CancellationToken.None);

        Assert.NotNull(loaded);
        Assert.Equal(new SnapshotMetadata("a", 7, T0), loaded.Metadata);
        Assert.Equal("group.state.v2", loaded.Manifest);
        Assert.Equal(new byte[] { 9, 8, 7 }, loaded.Payload);
    }

    [StoreFact]
    public async Task LoadAsync_Latest_ReturnsHighestSequenceNrOfThatId()
    {
        await SaveAsync("a", 5);
        await SaveAsync("a", 20);
        await SaveAsync("a", 10);
        await SaveAsync("b", 30);

        Assert.Equal(20, await LoadSequenceNrAsync("a", SnapshotSelectionCriteria.Latest));
    }

    [StoreFact]
    public async Task LoadAsync_Criteria_HonoursEveryBoundInclusively()
    {
        foreach (var n in new long[] { 10, 20, 30, 40 })
        {
            await SaveAsync("a", n);
        }

        Assert.Equal(30, await LoadSequenceNrAsync("a", new(30, DateTimeOffset.MaxValue)));
        Assert.Equal(20, await LoadSequenceNrAsync("a", new(39, At(29))));
        Assert.Equal(20, await LoadSequenceNrAsync("a", new(long.MaxValue, At(20))));
        Assert.Null(await LoadSequenceNrAsync("a", new(long.MaxValue, DateTimeOffset.MaxValue, MinSequenceNr: 41)));
        Assert.Null(await LoadSequenceNrAsync("a", new(long.MaxValue, DateTimeOffset.MaxValue, MinTimestamp: At(41))));
        Assert.Equal(10, await LoadSequenceNrAsync("a", new(15, DateTimeOffset.MaxValue, MinSequenceNr: 10, MinTimestamp: At(10))));
        Assert.Null(await LoadSequenceNrAsync("a", SnapshotSelectionCriteria.None));
    }

    [StoreFact]
    public async Task SaveAsync_SameSequenceNr_ReplacesTheSnapshot()
    {
        await SaveAsync("a", 3, [1]);
        await SaveAsync("a", 3, [2]);

        var loaded = await Store.LoadAsync("a", SnapshotSelectionCriteria.Latest, CancellationToken.None);

        Assert.Equal(new byte[] { 2 }, loaded!.Payload);
        Assert.Equal(new long[] { 3L }, await RemainingAsync("a", 5));
    }

    [StoreFact]
    public async Task DeleteAsync_OneSequenceNr_RemovesOnlyThatSnapshot()
    {
        await SaveAsync("a", 1);
        await SaveAsync("a", 2);
        await SaveAsync("b", 2);

        await Store.DeleteAsync("a", 2, CancellationToken.None);

        Assert.Equal(new long[] { 1L }, await RemainingAsync("a", 3));
        Assert.Equal(new long[] { 2L }, await RemainingAsync("b", 3));
    }

    [StoreFact]
    public async Task DeleteAsync_Criteria_RemovesOnlyMatchingSnapshotsOfThatId()
    {
        for (var n = 1; n <= 6; n++)
        {
            await SaveAsync("a", n);
        }

        await SaveAsync("b", 1);

        await Store.DeleteAsync("a", new SnapshotSelectionCriteria(5, At(4), MinSequenceNr: 2), CancellationToken.None);

        Assert.Equal(new long[] { 1L, 5, 6 }, await RemainingAsync("a", 6));
        Assert.Equal(new long[] { 1L }, await RemainingAsync("b", 1));
    }

    [StoreFact]
    public async Task RetainNewestAsync_MoreThanKeep_DeletesTheOldest()
    {
        for (var n = 1; n <= 5; n++)
        {
            await SaveAsync("a", n * 10);
        }

        await SaveAsync("b", 1);

        Assert.Equal(3, await Store.RetainNewestAsync("a", 2, CancellationToken.None));
        Assert.Equal(40, await LoadSequenceNrAsync("a", new(49, DateTimeOffset.MaxValue)));
        Assert.Null(await LoadSequenceNrAsync("a", new(39, DateTimeOffset.MaxValue)));
        Assert.Equal(1, await LoadSequenceNrAsync("b", SnapshotSelectionCriteria.Latest));
    }

    [StoreFact]
    public async Task RetainNewestAsync_FewerThanKeep_DeletesNothing()
    {
        await SaveAsync("a", 1);
        await SaveAsync("a", 2);

        Assert.Equal(0, await Store.RetainNewestAsync("a", 3, CancellationToken.None));
        Assert.Equal(new long[] { 1L, 2 }, await RemainingAsync("a", 2));
    }

    [StoreFact]
    public async Task RetainNewestAsync_KeepZero_DeletesAll()
    {
        await SaveAsync("a", 1);
        await SaveAsync("a", 2);

        Assert.Equal(2, await Store.RetainNewestAsync("a", 0, CancellationToken.None));
        Assert.Null(await LoadSequenceNrAsync("a", SnapshotSelectionCriteria.Latest));
    }

    [StoreFact]
    public async Task SaveAsync_OneMebibytePayload_RoundTrips()
    {
        var payload = new byte[1024 * 1024];
        new Random(7).NextBytes(payload);

        await SaveAsync("big", 1, payload);

        Assert.Equal(payload, (await Store.LoadAsync("big", SnapshotSelectionCriteria.Latest, CancellationToken.None))!.Payload);
    }

    [StoreFact]
    public async Task SaveAsync_ConcurrentSavers_StoreEverySnapshot()
    {
        await Task.WhenAll(Enumerable.Range(1, 20).Select(n => Task.Run(() => SaveAsync($"s-{n % 4}", n))));

        for (var id = 0; id < 4; id++)
        {
            Assert.Equal(5, (await RemainingAsync($"s-{id}", 20)).Length);
        }
    }
}
