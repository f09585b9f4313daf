using Akka.Actor;
using Microsoft.Extensions.Logging.Abstractions;
using NanoClaw.Actors.Agents.InProcess;
using NanoClaw.Actors.Chats;
using NanoClaw.Actors.Groups;
using NanoClaw.Host.Node;
using NanoClaw.Actors.Registry;
using NanoClaw.Actors.Runs;
using NanoClaw.Actors.Node;

namespace NanoClaw.Bench.Suites;

/// <summary>
/// The node's actor tree in this process, as <c>NodeService</c> builds it, on Akka.Persistence.Sql
/// with a real SQLite file and an in-process agent: everything but Docker and HTTP.
/// </summary>
internal sealed class E2eNode : IAsyncDisposable
{
    private const int RegisterWindow = 50;

    private readonly StandaloneNodeSystem _system;

    private E2eNode(string root, StandaloneNodeSystem system, IReplySender replies, int maxConcurrent, int maxMessagesPerPrompt, TimeSpan sleepAfter)
    {
        Root = root;
        _system = system;
        var options = new NodeActorsOptions(
            Runtime, replies, new ChatLog(TimeProvider.System), new GroupFolderSetup(Path.Join(root, "groups"), "Andy"), "Andy", TimeZoneInfo.Utc)
        {
            // Warm in-process runs stay open for follow-ups; a waiting group closes the longest idle one.
            Timings = new RunTimings(TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(30)),
            MaxConcurrent = maxConcurrent,
            MaxMessagesPerPrompt = maxMessagesPerPrompt,
            SleepAfter = sleepAfter,
        };
        Actors = NodeActors.Start(_system.System, options);
    }

    public string Root { get; }

    public InProcessAgentRuntime Runtime { get; } = new(InProcessAgentRuntime.Echo);

    public NodeActors Actors { get; }

    /// <summary>Opens (or creates) the node under <paramref name="root"/> and waits until the registry has recovered.</summary>
    public static async Task<E2eNode> StartAsync(
        string root, IReplySender replies, int maxConcurrent, int maxMessagesPerPrompt, CancellationToken cancellationToken, TimeSpan? sleepAfter = null)
    {
        var journal = NodeJournal.Sqlite(Path.Join(root, "data", "nanoclaw.db"));
        var system = await StandaloneNodeSystem.StartAsync("bench-e2e", journal, NullLoggerFactory.Instance, cancellationToken: cancellationToken);
        var node = new E2eNode(root, system, replies, maxConcurrent, maxMessagesPerPrompt, sleepAfter ?? GroupDefaults.SleepAfter);
        await node.Actors.Directory.Ready.WaitAsync(cancellationToken);
        return node;
    }

    public static string ChatOf(int group, string prefix = "g") => $"web:{prefix}{group:0000}";

    public static string FolderOf(int group, string prefix = "g") => $"{prefix}{group:0000}";

    /// <summary>
    /// Registers <paramref name="count"/> groups named with <paramref name="prefix"/>, a window of asks at a time:
    /// groups that answer every message, or with <paramref name="requiresTrigger"/> ones that only store messages without the trigger.
    /// </summary>
    public async Task RegisterGroupsAsync(int count, CancellationToken cancellationToken, string prefix = "g", bool requiresTrigger = false)
    {
        var before = Actors.Directory.Groups.Count;
        for (var start = 0; start < count; start += RegisterWindow)
        {
            var batch = Enumerable.Range(start, Math.Min(RegisterWindow, count - start)).Select(async g =>
            {
                var result = await Actors.Registry.Ask<RegistryResult>(
                    new RegisterGroup(FolderOf(g, prefix), FolderOf(g, prefix), ChatOf(g, prefix), null, requiresTrigger, IsMain: false), TimeSpan.FromSeconds(60), cancellationToken);
                if (result.Group is null)
                {
                    throw new InvalidOperationException($"group {FolderOf(g, prefix)} was not registered: {result.Error}");
                }
            });
            await Task.WhenAll(batch);
        }

        await Actors.Directory.WhenAsync(v => v.Groups.Count >= before + count && Actors.Directory.Groups.Count >= before + count, TimeSpan.FromSeconds(60), cancellationToken);
    }

    /// <summary>Asks every group for its status: a persistent actor answers only once it has recovered.</summary>
    public async Task WaitAllRecoveredAsync(CancellationToken cancellationToken)
    {
        await Task.WhenAll(Actors.Directory.Groups.Select(g => g.Ask<NanoClaw.Actors.Contracts.GroupStatus>(GetGroupStatus.Instance, TimeSpan.FromSeconds(120), cancellationToken)));
    }

    /// <summary>Closes every run and waits until every group has gone to sleep (start the node with a short sleep-after).</summary>
    public async Task WaitAllAsleepAsync(CancellationToken cancellationToken)
    {
        await Actors.StopRunsAsync(TimeSpan.FromSeconds(60), cancellationToken);
        while ((await Actors.Groups.Ask<AwakeGroups>(GetAwakeGroups.Instance, TimeSpan.FromSeconds(10), cancellationToken)).Folders.Count > 0)
        {
            await Task.Delay(100, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Actors.StopRunsAsync(TimeSpan.FromSeconds(30), CancellationToken.None);
        }
        catch (AskTimeoutException)
        {
            // The system is terminated next either way.
        }

        await _system.DisposeAsync();
    }
}
