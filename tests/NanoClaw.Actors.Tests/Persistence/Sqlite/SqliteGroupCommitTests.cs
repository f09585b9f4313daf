using NanoClaw.Actors.Persistence.Journal;
using NanoClaw.Actors.Persistence.Sqlite;
using Xunit.Abstractions;

namespace NanoClaw.Actors.Tests.Persistence.Sqlite;

/// <summary>Group commit against a real SQLite file: how many commits concurrent callers cost.</summary>
public sealed class SqliteGroupCommitTests(ITestOutputHelper output) : IDisposable
{
    private const int Callers = 1000;

    private readonly SqliteFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    private static AtomicWrite Write(string persistenceId, long from, int count) =>
        new([.. Enumerable.Range(0, count).Select(i => new PersistentRepresentation(persistenceId, from + i, "m", [1, 2, 3], default, "w"))]);

    [Fact]
    public async Task WriteAsync_ThousandConcurrentCallers_CostAHandfulOfCommits()
    {
        await _fixture.Database.InitializeAsync(CancellationToken.None);
        await using var journal = new GroupCommitJournal(new SqliteJournal(_fixture.Database));

        var results = await Task.WhenAll(Enumerable.Range(0, Callers).Select(i =>
            Task.Run(() => journal.WriteAsync([Write($"actor-{i}", 1, 1)], CancellationToken.None))));

        output.WriteLine($"{Callers} concurrent callers: {journal.CommitCount} commits");
        Assert.All(results, r => Assert.True(r.Single().Succeeded));
        Assert.InRange(journal.CommitCount, 1, 20);
        var journalReader = new SqliteJournal(_fixture.Database);
        Assert.Equal(1, await journalReader.ReadHighestSequenceNrAsync("actor-999", 0, CancellationToken.None));
    }

    [Fact]
    public async Task WriteAsync_ThousandWritersPersistingInTurn_ShareCommits()
    {
        const int persistsEach = 10;
        await _fixture.Database.InitializeAsync(CancellationToken.None);
        await using var journal = new GroupCommitJournal(new SqliteJournal(_fixture.Database));

        // Like persistent actors: each writer waits for its write before the next one.
        await Task.WhenAll(Enumerable.Range(0, Callers).Select(i => Task.Run(async () =>
        {
            for (var n = 1; n <= persistsEach; n++)
            {
                Assert.True((await journal.WriteAsync([Write($"actor-{i}", n, 1)], CancellationToken.None)).Single().Succeeded);
            }
        })));

        output.WriteLine($"{Callers} writers x {persistsEach} persists in turn: {journal.CommitCount} commits for {journal.AtomicWriteCount} writes");
        Assert.Equal(Callers * persistsEach, journal.AtomicWriteCount);
        Assert.InRange(journal.CommitCount, 1, Callers * persistsEach / 20);
    }

    [Fact]
    public async Task WriteAsync_DuplicatesAmongConcurrentCallers_FailOnlyThoseCallers()
    {
        var inner = new SqliteJournal(_fixture.Database);
        Assert.True((await inner.WriteAsync([Write("taken", 1, 5)], CancellationToken.None)).Single().Succeeded);
        await using var journal = new GroupCommitJournal(inner);

        var results = await Task.WhenAll(Enumerable.Range(0, Callers).Select(i => Task.Run(() =>
            journal.WriteAsync([i % 100 == 0 ? Write("taken", 5, 2) : Write($"actor-{i}", 1, 3)], CancellationToken.None))));

        output.WriteLine($"{Callers} concurrent callers, 10 duplicates: {journal.CommitCount} commits");
        for (var i = 0; i < Callers; i++)
        {
            var result = results[i].Single();
            Assert.True(i % 100 == 0 ? result.Error is DuplicateSequenceNrException : result.Succeeded, $"caller {i}: {result.Error}");
        }

        Assert.Equal(5, await inner.ReadHighestSequenceNrAsync("taken", 0, CancellationToken.None));
        Assert.Equal(3, await inner.ReadHighestSequenceNrAsync("actor-1", 0, CancellationToken.None));
    }
}
