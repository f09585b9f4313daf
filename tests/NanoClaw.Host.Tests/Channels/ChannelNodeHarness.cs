using Akka.Actor;
using Microsoft.Extensions.Logging;
using NanoClaw.Channels.Tests.Discord;
using NanoClaw.Channels.Tests.Fakes;
using NanoClaw.Channels.Tests.Slack;
using NanoClaw.Channels.Tests.Telegram;
using NanoClaw.Channels.Tests.WhatsApp;
using NanoClaw.Actors.Agents.InProcess;
using NanoClaw.Host.Api;
using NanoClaw.Host.Api.Contracts;
using NanoClaw.Host.Channels;
using NanoClaw.Actors.Chats;
using NanoClaw.Host.Node;
using NanoClaw.Actors.Registry;
using NanoClaw.Actors.Runs;
using NanoClaw.Host.Settings;
using NanoClaw.Host.Tests.Node;
using NanoClaw.Host.Tests.Support;
using NanoClaw.Actors.Node;

namespace NanoClaw.Host.Tests.Channels;

/// <summary>
/// The node wired as <c>NodeService</c> wires it (channels built before the actors, started after them,
/// the WhatsApp webhook on the node's web server), with an in-process agent instead of Docker, a
/// SQLite journal and the four fake platforms on 127.0.0.1.
/// </summary>
internal sealed class ChannelNodeHarness : IAsyncDisposable
{
    public const string AppSecret = "app-secret";
    public const string VerifyToken = "verify-me";

    private readonly string _root = Path.Join(Path.GetTempPath(), "nc-channels-" + Guid.NewGuid().ToString("N")[..8]);
    private TestNodeSystem? _system;

    public FakeTelegramServer Telegram { get; } = new();

    public FakeSlackServer Slack { get; } = new();

    public FakeDiscordServer Discord { get; } = new();

    public FakeGraphServer Graph { get; } = new();

    public ListLoggerProvider Logs { get; } = new();

    public InProcessAgentRuntime Runtime { get; } = new(ReplyingAgent.PlayAsync);

    public NanoClawOptions Options { get; } = new();

    public ChatLog Chats { get; } = new(TimeProvider.System);

    public NodeActors Actors { get; private set; } = null!;

    public NodeChannels Channels { get; private set; } = null!;

    public NodeWebServer Server { get; private set; } = null!;

    public HttpClient Http { get; } = new();

    /// <summary>Starts the fakes and configures every platform against them; adjust <see cref="Options"/> before <see cref="StartNodeAsync"/>.</summary>
    public async Task StartFakesAsync()
    {
        await Task.WhenAll(Telegram.StartAsync(), Slack.StartAsync(), Discord.StartAsync(), Graph.StartAsync());
        Options.AssistantName = "Andy";
        Options.DataDir = Path.Join(_root, "data");
        Options.GroupsDir = Path.Join(_root, "groups");
        var channels = Options.Channels;
        channels.SendAttempts = 3;
        channels.SendRetryBaseDelay = TimeSpan.FromMilliseconds(10);
        channels.SendRetryMaxDelay = TimeSpan.FromMilliseconds(50);
        channels.ReconnectBaseDelay = TimeSpan.FromMilliseconds(20);
        channels.ReconnectMaxDelay = TimeSpan.FromMilliseconds(200);
        channels.ConnectTimeout = TimeSpan.FromSeconds(5);
        channels.Telegram = new() { Enabled = true, BotToken = FakeTelegramServer.Token, BaseUrl = Telegram.BaseUri.ToString(), PollTimeout = TimeSpan.FromSeconds(2) };
        channels.Slack = new() { Enabled = true, BotToken = FakeSlackServer.BotToken, AppToken = FakeSlackServer.AppToken, BaseUrl = new Uri(Slack.BaseUri, "api").ToString() };
        channels.Discord = new() { Enabled = true, BotToken = FakeDiscordServer.Token, BaseUrl = new Uri(Discord.BaseUri, "api/v10").ToString() };
        channels.WhatsApp = new()
        {
            Enabled = true,
            AccessToken = FakeGraphServer.AccessToken,
            PhoneNumberId = FakeGraphServer.PhoneNumberId,
            AppSecret = AppSecret,
            VerifyToken = VerifyToken,
            BaseUrl = new Uri(Graph.BaseUri, "v21.0").ToString(),
        };
    }

    public async Task StartNodeAsync()
    {
        var loggerFactory = LoggerFactory.Create(builder => builder.AddProvider(Logs).SetMinimumLevel(LogLevel.Information));
        _system = await TestNodeSystem.StartAsync(NodeJournal.Sqlite(Path.Join(_root, "data", "nanoclaw.db")), loggerFactory, realTime: true);
        Channels = NodeChannels.Create(Options, loggerFactory, TimeProvider.System);
        Actors = NodeActors.Start(_system.System, new NodeActorsOptions(
            Runtime, new ChannelReplySender(Channels.All), Chats, new GroupFolderSetup(Options.GroupsDir, "Andy"), "Andy", TimeZoneInfo.Utc)
        {
            Retry = NodeHarness.NoJitter,
            Timings = new RunTimings(TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(30)),
        });
        Channels.Start(Actors);
        var api = new NodeApi(
            Actors, Chats, new NodeInfo("Andy", "test", "mock", "mock", null), _ => Task.FromResult(new DockerHealth(true, true, null)), () => Channels.All);
        Server = await NodeWebServer.StartAsync(new NodeWebServerOptions { Port = 0, MapExtra = Channels.MapWebhooks }, api, loggerFactory, CancellationToken.None);
        await Actors.Directory.Ready;
    }

    /// <summary>Registers <paramref name="folder"/> with the first chat and wires the others to it; every message wakes the agent.</summary>
    public async Task WireAsync(string folder, params string[] chats)
    {
        foreach (var chat in chats)
        {
            var result = await Actors.Registry.Ask<RegistryResult>(new RegisterGroup(folder, folder, chat, null, false, false), TimeSpan.FromSeconds(5));
            Assert.True(result.Group is not null, result.Error);
            await Actors.Directory.WhenAsync(v => v.GroupOf(chat) is not null && Actors.Directory.Group(folder) is not null, TestTimeout.Value, CancellationToken.None);
        }
    }

    /// <summary>Waits (polling, with a deadline) until every platform channel reports connected.</summary>
    public Task AllConnectedAsync() =>
        NodeHarness.EventuallyAsync(() => Task.FromResult(Channels.All.All(c => c.IsConnected)), "every channel connected");

    public async ValueTask DisposeAsync()
    {
        if (_system is not null)
        {
            await Server.DisposeAsync();
            await Channels.StopAsync(CancellationToken.None);
            await Channels.DisposeAsync();
            await _system.DisposeAsync();
        }

        await Telegram.DisposeAsync();
        await Slack.DisposeAsync();
        await Discord.DisposeAsync();
        await Graph.DisposeAsync();
        Http.Dispose();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
