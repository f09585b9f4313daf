using NanoClaw.Actors.Persistence;
using NanoClaw.Actors.Persistence.Journal;

namespace NanoClaw.Actors.Tests.Persistence.Journal;

public sealed class GroupCommitJournalTests
{
    private static AtomicWrite One(string persistenceId, long sequenceNr) =>
        new(new PersistentRepresentation(persistenceId, sequenceNr, "m", [1], default, "w"));

    /// <summary>Queues one write of its own per caller while the first commit is held at the gate.</summary>
    private static async Task<List<Task<IReadOnlyList<AtomicWriteResult>>>> QueueBehindGateAsync(
        GroupCommitJournal journal, GatedJournal gated, int callers, Func<int, AtomicWrite>? write = null)
    {
        var first = journal.WriteAsync([One("first", 1)], CancellationToken.None);
        await gated.FirstCallEntered;
        var tasks = new List<Task<IReadOnlyList<AtomicWriteResult>>> { first };
        for (var i = 0; i < callers; i++)
        {
            tasks.Add(journal.WriteAsync([write?.Invoke(i) ?? One($"caller-{i}", 1)], CancellationToken.None));
        }

        return tasks;
    }

    [Fact]
    public async Task WriteAsync_ThousandCallersQueuedBehindACommit_CommitsThemTogether()
    {
        var gated = new GatedJournal();
        await using var journal = new GroupCommitJournal(gated);
        var tasks = await QueueBehindGateAsync(journal, gated, 1000);

        gated.Open();
        var results = await Task.WhenAll(tasks);

        Assert.All(results, r => Assert.True(r.Single().Succeeded));
        Assert.Equal(new[] { 1, 1000 }, gated.CallSizes);
        Assert.Equal(2, journal.CommitCount);
        Assert.Equal(1001, journal.AtomicWriteCount);
    }

    [Fact]
    public async Task WriteAsync_MoreThanMaxWritesPerBatch_SplitsIntoBatches()
    {
        var gated = new GatedJournal();
        await using var journal = new GroupCommitJournal(gated, new GroupCommitOptions { MaxWritesPerBatch = 10 });
        var tasks = await QueueBehindGateAsync(journal, gated, 35);

        gated.Open();
        await Task.WhenAll(tasks);

        Assert.Equal(new[] { 1, 10, 10, 10, 5 }, gated.CallSizes);
    }

    [Fact]
    public async Task WriteAsync_BatchFails_FailsEveryCallerOfThatBatchWithTheCause()
    {
        var gated = new GatedJournal();
        var cause = new JournalException("test.db", StoreErrorKind.Full, "disk full");
        gated.FailWith = cause;
        await using var journal = new GroupCommitJournal(gated);
        var tasks = await QueueBehindGateAsync(journal, gated, 50);

        gated.Open();

        foreach (var task in tasks)
        {
            Assert.Same(cause, await Assert.ThrowsAsync<JournalException>(() => task));
        }

        Assert.Equal(0, journal.CommitCount);
    }

    [Fact]
    public async Task WriteAsync_BatchFailedBefore_NextBatchStillCommits()
    {
        var gated = new GatedJournal { FailWith = new JournalException("test.db", StoreErrorKind.Locked, "locked") };
        await using var journal = new GroupCommitJournal(gated);
        var failed = journal.WriteAsync([One("a", 1)], CancellationToken.None);
        gated.Open();
        await Assert.ThrowsAsync<JournalException>(() => failed);

        gated.FailWith = null;
        var results = await journal.WriteAsync([One("a", 1)], CancellationToken.None);

        Assert.True(results.Single().Succeeded);
    }

    [Fact]
    public async Task WriteAsync_DuplicateFromOneCaller_FailsOnlyThatCaller()
    {
        var gated = new GatedJournal();
        await using var journal = new GroupCommitJournal(gated);
        var tasks = await QueueBehindGateAsync(journal, gated, 100, i => i == 50 ? One("first", 1) : One($"caller-{i}", 1));

        gated.Open();
        var results = await Task.WhenAll(tasks);

        Assert.IsType<DuplicateSequenceNrException>(results[51].Single().Error);
        Assert.Equal(100, results.Count(r => r.Single().Succeeded));
    }

    [Fact]
    public async Task WriteAsync_CancelledWhileQueued_IsWithdrawnAndNotWritten()
    {
        var gated = new GatedJournal();
        await using var journal = new GroupCommitJournal(gated);
        var first = journal.WriteAsync([One("first", 1)], CancellationToken.None);
        await gated.FirstCallEntered;
        using var cancellation = new CancellationTokenSource();
        var withdrawn = journal.WriteAsync([One("withdrawn", 1)], cancellation.Token);
        var kept = journal.WriteAsync([One("kept", 1)], CancellationToken.None);

        await cancellation.CancelAsync();
        gated.Open();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => withdrawn);
        await Task.WhenAll(first, kept);
        Assert.Equal(0, await journal.ReadHighestSequenceNrAsync("withdrawn", 0, CancellationToken.None));
        Assert.Equal(new[] { 1, 1 }, gated.CallSizes);
    }

    [Fact]
    public async Task DisposeAsync_WritesStillQueued_AreCommittedFirst()
    {
        var gated = new GatedJournal();
        var journal = new GroupCommitJournal(gated);
        var tasks = await QueueBehindGateAsync(journal, gated, 20);

        var disposing = journal.DisposeAsync();
        gated.Open();
        await disposing;

        Assert.Equal(21, gated.CallSizes.Sum());
        Assert.All(await Task.WhenAll(tasks), r => Assert.True(r.Single().Succeeded));
    }

    [Fact]
    public async Task WriteAsync_AfterDispose_ThrowsObjectDisposed()
    {
        var gated = new GatedJournal();
        gated.Open();
        var journal = new GroupCommitJournal(gated);
        await journal.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => journal.WriteAsync([One("a", 1)], CancellationToken.None));
    }

    [Fact]
    public async Task WriteAsync_EmptyList_ReturnsWithoutACommit()
    {
        var gated = new GatedJournal();
        await using var journal = new GroupCommitJournal(gated);

        Assert.Empty(await journal.WriteAsync([], CancellationToken.None));
        Assert.Equal(0, journal.CommitCount);
    }
}
