using Akka.Actor;
using Akka.Configuration;
using Microsoft.Extensions.Logging;
using NanoClaw.Channels;
using NanoClaw.Actors.Agents.InProcess;
using NanoClaw.Actors.Chats;
using NanoClaw.Actors.Groups;
using NanoClaw.Actors.Registry;
using NanoClaw.Actors.Runs;
using NanoClaw.Host.Node;
using NanoClaw.Host.Tests.Support;
using NanoClaw.Actors.Node;

namespace NanoClaw.Host.Tests.Node;

/// <summary>
/// The node's actors on an in-process agent, one fake clock for business time and actor timers, and
/// a SQLite journal that outlives <see cref="RestartAsync"/>, which ends the actor system without
/// closing the runs (as a crash would) and starts a new one.
/// </summary>
internal sealed class NodeHarness : IAsyncDisposable
{
    private readonly string _root = Path.Join(Path.GetTempPath(), "nc-node-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly NodeJournal _journal;
    private TestNodeSystem _system = null!;

    private readonly Config? _akka;
    private readonly ILoggerFactory? _logs;

    private NodeHarness(InProcessAgentRuntime? runtime, Func<NodeActorsOptions, NodeActorsOptions>? configure, Config? akka, ILoggerFactory? logs, NodeJournal? journal)
    {
        _akka = akka;
        _logs = logs;
        Runtime = runtime ?? new InProcessAgentRuntime();
        Configure = configure ?? (o => o);
        _journal = journal ?? NodeJournal.Sqlite(Path.Join(_root, "data", "nanoclaw.db"));
    }

    public NodeClock Time { get; } = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    public ActorSystem System => _system.System;

    public InProcessAgentRuntime Runtime { get; }

    public RecordingReplySender Replies { get; private set; } = new();

    public ChatLog Chats { get; private set; } = null!;

    public NodeActors Actors { get; private set; } = null!;

    public string GroupsRoot => Path.Join(_root, "groups");

    private Func<NodeActorsOptions, NodeActorsOptions> Configure { get; }

    public static GroupRetry NoJitter { get; } = GroupRetry.Default with { Random = () => 0 };

    /// <param name="runtime">The agents; echoing ones by default.</param>
    /// <param name="configure">Changes to the node's options.</param>
    /// <param name="akka">Akka settings over the node's own (e.g. Akka.Persistence.TestKit's journal).</param>
    /// <param name="logs">Where the actors log; nowhere by default.</param>
    /// <param name="journal">Where the events live; a SQLite file in the harness's folder by default.</param>
    public static async Task<NodeHarness> StartAsync(
        InProcessAgentRuntime? runtime = null,
        Func<NodeActorsOptions, NodeActorsOptions>? configure = null,
        Config? akka = null,
        ILoggerFactory? logs = null,
        NodeJournal? journal = null)
    {
        var harness = new NodeHarness(runtime, configure, akka, logs, journal);
        await harness.StartSystemAsync();
        await harness.WaitRecoveredAsync();
        return harness;
    }

    public async Task<MessageAccepted> PostAsync(string chatId, string text, string? id = null, string sender = "u1", string senderName = "Ann")
    {
        var message = new InboundMessage(chatId, id ?? Guid.NewGuid().ToString("N"), sender, senderName, text, Time.GetUtcNow(), IsGroup: true);
        return await Actors.Router.Accept(message, CancellationToken.None) ?? throw new InvalidOperationException($"no group owns {chatId}");
    }

    public async Task<RegisteredGroup> RegisterAsync(string folder, string chat, bool requiresTrigger = true, string? trigger = null, bool isMain = false)
    {
        await Actors.Directory.Ready;
        var result = await Actors.Registry.Ask<RegistryResult>(new RegisterGroup(folder, folder, chat, trigger, requiresTrigger, isMain), TimeSpan.FromSeconds(5));
        var group = result.Group ?? throw new InvalidOperationException(result.Error);
        await Actors.Directory.WhenAsync(v => v.GroupOf(chat) is not null && Actors.Directory.Group(folder) is not null, TimeSpan.FromSeconds(5), CancellationToken.None);
        await StatusAsync(folder);
        return group;
    }

    public Task<NanoClaw.Actors.Contracts.GroupStatus> StatusAsync(string folder) =>
        Actors.Directory.Group(folder)!.Value.Ask<NanoClaw.Actors.Contracts.GroupStatus>(GetGroupStatus.Instance, TimeSpan.FromSeconds(5));

    /// <summary>
    /// Waits until the registry, every group and the scheduler have recovered and the scheduler's timers are armed.
    /// A test must not move the clock before: Akka's recovery timeout runs on the same test scheduler,
    /// and an hour's step would fail a recovery still in progress.
    /// </summary>
    /// <param name="wakeGroups">Also wake every group (a status ask recovers a sleeping one); without it only the groups the node woke itself are recovered.</param>
    public async Task WaitRecoveredAsync(bool wakeGroups = true)
    {
        await Actors.Directory.Ready;
        var groups = wakeGroups ? Actors.Directory.Groups : [.. (await AwakeAsync()).Select(folder => Actors.Directory.Group(folder)!.Value)];
        await Task.WhenAll(groups.Select(g => g.Ask<NanoClaw.Actors.Contracts.GroupStatus>(GetGroupStatus.Instance, TimeSpan.FromSeconds(10))));
        // A change waits until the scheduler knows the registry and has armed its timers; one for no
        // task is answered (refused) only then, so the clock may move afterwards.
        await Actors.Scheduler.Ask<NanoClaw.Actors.Tasks.TaskReply>(
            new NanoClaw.Actors.Tasks.ChangeTask("no-such-task", NanoClaw.Actors.Tasks.TaskChange.Pause), TimeSpan.FromSeconds(10));
    }

    /// <summary>The folders of the groups whose actors run.</summary>
    public async Task<IReadOnlyList<string>> AwakeAsync() =>
        (await Actors.Groups.Ask<AwakeGroups>(GetAwakeGroups.Instance, TimeSpan.FromSeconds(5))).Folders;

    /// <summary>Moves the clock a minute at a time until the group in <paramref name="folder"/> has gone to sleep.</summary>
    public Task SleepAsync(string folder) =>
        EventuallyAsync(
            async () =>
            {
                Time.Advance(TimeSpan.FromMinutes(1));
                return !(await AwakeAsync()).Contains(folder);
            },
            $"group '{folder}' to sleep");

    /// <summary>Waits (polling the actors, at most 10 s) until the condition holds.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(10);
        while (!await condition())
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"timed out waiting for {what}");
            }

            await Task.Yield();
            await Task.Delay(5);
        }
    }

    /// <summary>Ends the actor system without a clean stop (runs are not closed) and starts a new one on the same journal.</summary>
    public async Task RestartAsync(RecordingReplySender? replies = null, TimeSpan? downFor = null, bool wakeGroups = true)
    {
        await _system.DisposeAsync();
        foreach (var session in Runtime.Sessions.Values.ToList())
        {
            session.Crash("the node died");
        }

        if (downFor is { } down)
        {
            Time.Advance(down);
        }

        Replies = replies ?? new RecordingReplySender();
        await StartSystemAsync();
        await WaitRecoveredAsync(wakeGroups);
    }

    public async ValueTask DisposeAsync()
    {
        await _system.DisposeAsync();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private async Task StartSystemAsync()
    {
        _system = await TestNodeSystem.StartAsync(_journal, _logs, extra: _akka);
        Time.Scheduler = _system.Scheduler;
        Chats = new ChatLog(Time.Provider);
        var options = new NodeActorsOptions(Runtime, Replies, Chats, new GroupFolderSetup(GroupsRoot, "Andy"), "Andy", TimeZoneInfo.Utc)
        {
            Time = Time.Provider,
            Retry = NoJitter,
            Timings = new RunTimings(TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(30)),
        };
        Actors = NodeActors.Start(_system.System, Configure(options));
    }
}
