using Microsoft.Extensions.Logging.Abstractions;
using NanoClaw.Actors.Kernel;
using NanoClaw.Actors.Persistence.Actors;
using NanoClaw.Actors.Persistence.InMemory;
using NanoClaw.Actors.Testing;
using NanoClaw.Channels;
using NanoClaw.Host.Agents.InProcess;
using NanoClaw.Host.Chats;
using NanoClaw.Host.Groups;
using NanoClaw.Host.Registry;
using NanoClaw.Host.Runs;
using NanoClaw.Host.Node;

namespace NanoClaw.Host.Tests.Node;

/// <summary>
/// The node's actors on an in-process agent, a fake clock and an in-memory journal that outlives
/// <see cref="RestartAsync"/>, which drops the actor system as a crash would and starts a new one.
/// </summary>
internal sealed class NodeHarness : IAsyncDisposable
{
    private readonly InMemoryJournal _journal = new();
    private readonly InMemorySnapshotStore _snapshots = new();
    private readonly string _root = Path.Join(Path.GetTempPath(), "nc-node-" + Guid.NewGuid().ToString("N")[..8]);
    private ActorSystem _system;

    public NodeHarness(InProcessAgentRuntime? runtime = null, Func<NodeActorsOptions, NodeActorsOptions>? configure = null)
    {
        Runtime = runtime ?? new InProcessAgentRuntime();
        Configure = configure ?? (o => o);
        (_system, Actors) = Start();
    }

    public ManualTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    public InProcessAgentRuntime Runtime { get; }

    public RecordingReplySender Replies { get; private set; } = new();

    public ChatLog Chats { get; private set; } = null!;

    public NodeActors Actors { get; private set; }

    public string GroupsRoot => Path.Join(_root, "groups");

    private Func<NodeActorsOptions, NodeActorsOptions> Configure { get; }

    public static GroupRetry NoJitter { get; } = GroupRetry.Default with { Random = () => 0 };

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
        return group;
    }

    public Task<NanoClaw.Host.Api.Contracts.GroupStatus> StatusAsync(string folder) =>
        Actors.Directory.Group(folder)!.Ask<NanoClaw.Host.Api.Contracts.GroupStatus>(GetGroupStatus.Instance, TimeSpan.FromSeconds(5));

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
    public async Task RestartAsync(RecordingReplySender? replies = null, TimeSpan? downFor = null)
    {
        await _system.Terminate();
        foreach (var session in Runtime.Sessions.Values.ToList())
        {
            session.Crash("the node died");
        }

        if (downFor is { } down)
        {
            Time.Advance(down);
        }

        Replies = replies ?? new RecordingReplySender();
        (_system, Actors) = Start();
        await Actors.Directory.Ready;
    }

    public async ValueTask DisposeAsync()
    {
        await _system.Terminate();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private (ActorSystem, NodeActors) Start()
    {
        var system = ActorSystem.Create("node-test", new ActorSystemOptions { TimeProvider = Time, LoggerFactory = NullLoggerFactory.Instance });
        var persistence = new PersistenceExtension(_journal, _snapshots, NodeSerializers.Create());
        Chats = new ChatLog(Time);
        var options = new NodeActorsOptions(persistence, Runtime, Replies, Chats, new GroupFolderSetup(GroupsRoot, "Andy"), "Andy", TimeZoneInfo.Utc)
        {
            Retry = NoJitter,
            Timings = new RunTimings(TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(30)),
        };
        return (system, NodeActors.Start(system, Configure(options)));
    }
}
