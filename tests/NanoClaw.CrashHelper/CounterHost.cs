using System.Globalization;
using NanoClaw.Actors.Kernel;
using NanoClaw.Actors.Persistence.Actors;
using NanoClaw.Actors.Persistence.Journal;
using NanoClaw.Actors.Persistence.Serialization;
using NanoClaw.Actors.Persistence.Sqlite;

namespace NanoClaw.CrashHelper;

/// <summary>Counters on a SQLite file in the data directory, created on first use.</summary>
public sealed class CounterHost : IAsyncDisposable
{
    private static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(30);

    private readonly SqliteDatabase _database;
    private readonly GroupCommitJournal _journal;
    private readonly ActorSystem _system;
    private readonly PersistenceExtension _persistence;
    private readonly Dictionary<string, IActorRef> _counters = new(StringComparer.Ordinal);
    private readonly TextWriter _output;

    public CounterHost(string dataDirectory, TextWriter output)
    {
        _output = output;
        _database = new SqliteDatabase(new SqliteStoreOptions { DataDirectory = dataDirectory });
        _journal = new GroupCommitJournal(new SqliteJournal(_database));
        var registry = new SerializerRegistry()
            .Register<Incremented>("crash.incremented")
            .Register<CounterSnapshot>("crash.snapshot");
        _persistence = new PersistenceExtension(_journal, new SqliteSnapshotStore(_database), registry);
        _system = ActorSystem.Create("crash-helper");
    }

    public Task InitializeAsync(CancellationToken cancellationToken) => _database.InitializeAsync(cancellationToken);

    public void Increment(string counter, long id) => Counter(counter).Tell(new Increment(id));

    /// <summary>Prints <c>state name id,id,…</c> for each counter (recovering it first if needed).</summary>
    public async Task DumpAsync(IEnumerable<string> counters, CancellationToken cancellationToken)
    {
        foreach (var name in counters)
        {
            var ids = await Counter(name).Ask<long[]>(new GetIds(), AskTimeout, cancellationToken).ConfigureAwait(false);
            var list = string.Join(',', ids.Select(id => id.ToString(CultureInfo.InvariantCulture)));
            await _output.WriteLineAsync($"state {name} {list}").ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _system.Terminate().ConfigureAwait(false);
        await _journal.DisposeAsync().ConfigureAwait(false);
        _database.Dispose();
    }

    private IActorRef Counter(string name)
    {
        if (!_counters.TryGetValue(name, out var counter))
        {
            counter = _system.ActorOf(Props.Create(() => new CounterActor(_persistence, name, _output)), name);
            _counters[name] = counter;
        }

        return counter;
    }
}
