using NanoClaw.Actors.Persistence;
using NanoClaw.Actors.Persistence.Journal;
using NanoClaw.Actors.Persistence.Postgres;
using Xunit.Abstractions;

namespace NanoClaw.Actors.Tests.Persistence.Postgres;

/// <summary>Schema migration, failures and group commit on a real PostgreSQL server.</summary>
public sealed class PostgresDatabaseTests(ITestOutputHelper output)
{
    private static AtomicWrite Write(string persistenceId, long from, int count = 1) =>
        new([.. Enumerable.Range(0, count).Select(i => new PersistentRepresentation(persistenceId, from + i, "m", [1, 2], default, "w"))]);

    [PostgresFact]
    public async Task InitializeAsync_NewSchema_CreatesTablesAtLatestVersionOnce()
    {
        await using var schema = new PostgresTestSchema();
        await schema.Database.InitializeAsync(CancellationToken.None);
        await using var second = new PostgresDatabase(schema.Options);
        await using var third = new PostgresDatabase(schema.Options);

        await Task.WhenAll(second.InitializeAsync(CancellationToken.None), third.InitializeAsync(CancellationToken.None));

        Assert.Equal(1, await second.ReadSchemaVersionAsync(CancellationToken.None));
    }

    [PostgresFact]
    public async Task InitializeAsync_SchemaNewerThanThisBuild_FailsNamingVersionAndLocation()
    {
        await using var schema = new PostgresTestSchema();
        await schema.Database.InitializeAsync(CancellationToken.None);
        await schema.ExecuteAsync($"INSERT INTO {schema.Options.Schema}.schema_version VALUES (99, 'future', 0)");
        await using var older = new PostgresDatabase(schema.Options);

        var error = await Assert.ThrowsAsync<JournalException>(() => new PostgresJournal(older).ReadHighestSequenceNrAsync("a", 0, CancellationToken.None));

        Assert.Equal(StoreErrorKind.Schema, error.Kind);
        Assert.Contains("99", error.Message, StringComparison.Ordinal);
        Assert.Contains(schema.Options.Schema, error.Message, StringComparison.Ordinal);
    }

    [PostgresTheory]
    [InlineData("journal (id int)")]
    [InlineData("schema_version (v text)")]
    public async Task WriteAsync_ForeignTableInSchema_FailsAsSchemaNamingTheLocation(string foreignTable)
    {
        await using var schema = new PostgresTestSchema();
        await schema.ExecuteAsync($"CREATE SCHEMA {schema.Options.Schema}; CREATE TABLE {schema.Options.Schema}.{foreignTable}");

        var error = await Assert.ThrowsAsync<JournalException>(
            () => new PostgresJournal(schema.Database).WriteAsync([Write("a", 1)], CancellationToken.None));

        Assert.Equal(StoreErrorKind.Schema, error.Kind);
        Assert.Equal(schema.Database.Location, error.Location);
        Assert.Contains(schema.Database.Location, error.Message, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task WriteAsync_PersistenceIdTooLong_FailsOnlyThatWrite()
    {
        await using var schema = new PostgresTestSchema();
        var journal = new PostgresJournal(schema.Database);

        var results = await journal.WriteAsync([Write("a", 1), Write(new string('x', 300), 1), Write("b", 1)], CancellationToken.None);

        Assert.True(results[0].Succeeded);
        Assert.IsType<JournalException>(results[1].Error);
        Assert.True(results[2].Succeeded);
    }

    [PostgresFact]
    public async Task WriteAsync_ServerUnreachable_FailsAsUnavailableWithoutThePassword()
    {
        var options = new PostgresStoreOptions
        {
            ConnectionString = "Host=/nonexistent-socket-dir;Port=5999;Database=nowhere;Username=u;Password=secret-pw;Timeout=2",
        };
        await using var database = new PostgresDatabase(options);

        var error = await Assert.ThrowsAsync<JournalException>(() => new PostgresJournal(database).WriteAsync([Write("a", 1)], CancellationToken.None));

        Assert.Equal(StoreErrorKind.Unavailable, error.Kind);
        Assert.Contains("nowhere", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-pw", error.Message, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task GroupCommit_ThousandConcurrentCallersWithDuplicates_FewCommitsAndOnlyDuplicatesFail()
    {
        await using var schema = new PostgresTestSchema();
        var inner = new PostgresJournal(schema.Database);
        Assert.True((await inner.WriteAsync([Write("taken", 1, 5)], CancellationToken.None)).Single().Succeeded);
        await using var journal = new GroupCommitJournal(inner);

        var results = await Task.WhenAll(Enumerable.Range(0, 1000).Select(i => Task.Run(() =>
            journal.WriteAsync([i % 100 == 0 ? Write("taken", 5, 2) : Write($"actor-{i}", 1, 2)], CancellationToken.None))));

        output.WriteLine($"1000 concurrent callers on PostgreSQL: {journal.CommitCount} commits");
        Assert.InRange(journal.CommitCount, 1, 20);
        for (var i = 0; i < results.Length; i++)
        {
            var result = results[i].Single();
            Assert.True(i % 100 == 0 ? result.Error is DuplicateSequenceNrException : result.Succeeded, $"caller {i}: {result.Error}");
        }

        Assert.Equal(2, await inner.ReadHighestSequenceNrAsync("actor-999", 0, CancellationToken.None));
    }
}
