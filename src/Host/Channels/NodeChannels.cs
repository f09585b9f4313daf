using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Akka.Actor;
using NanoClaw.Channels;
using NanoClaw.Channels.Common;
using NanoClaw.Channels.Registry;
using NanoClaw.Channels.Web;
using NanoClaw.Containers.Mounts;
using NanoClaw.Actors.Groups;
using NanoClaw.Host.Settings;
using NanoClaw.Actors.Node;
using NanoClaw.Actors.Channels;

namespace NanoClaw.Host.Channels;

/// <summary>
/// The node's chat channels: the built-in web chat and every platform channel enabled in
/// <c>nanoclaw.channels</c> whose credentials are set. Built before the actors (their reply sender sends
/// through <see cref="All"/>), started once the actors exist (inbound goes to the node's router, the
/// connections run under <c>/user/channels/&lt;name&gt;</c>), stopped before the actor system ends.
/// </summary>
public sealed partial class NodeChannels : IAsyncDisposable
{
    /// <summary>How long the channel actors and their disconnects may take on stop. The default is 10 seconds.</summary>
    public static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    private readonly ChannelsOptions _options;
    private readonly string _groupsRoot;
    private readonly LateBoundInbound _inbound;
    private readonly ChannelRegistry _registry;
    private readonly HttpClient _http;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<ChannelHandle> _handles;
    private GroupDirectory? _directory;
    private IActorRef? _actor;

    private NodeChannels(NanoClawOptions options, LateBoundInbound inbound, ChannelRegistry registry, HttpClient http, WebChannel web, ILogger logger)
    {
        _options = options.Channels;
        _groupsRoot = options.GroupsDir;
        _inbound = inbound;
        _registry = registry;
        _http = http;
        _logger = logger;
        _handles = [.. registry.Channels.Select(channel => new ChannelHandle(channel))];
        All = [web, .. registry.Channels];
    }

    /// <summary>The web chat first, then the platform channels; for the reply sender and <c>/healthz</c>.</summary>
    public IReadOnlyList<IChannel> All { get; }

    /// <summary>The platform channels that run, each with the state its actors share.</summary>
    public IReadOnlyList<ChannelHandle> Platforms => _handles;

    /// <summary>One line per enabled channel that is not started for want of credentials.</summary>
    public IReadOnlyList<string> Warnings => _registry.Warnings;

    /// <summary><c>/user/channels</c> once started.</summary>
    public IActorRef? Actor => _actor;

    /// <param name="options">The node's settings: <c>nanoclaw.channels</c>, assistant name, data and groups folders.</param>
    /// <param name="http">One client shared by every platform; null makes one, owned and disposed here.</param>
    public static NodeChannels Create(NanoClawOptions options, ILoggerFactory loggerFactory, TimeProvider timeProvider, HttpClient? http = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        NodeChannels? self = null;
        var inbound = new LateBoundInbound();
        var context = new ChannelContext(
            inbound,
            options.AssistantName,
            ChannelSettings.Timings(options.Channels),
            timeProvider,
            loggerFactory,
            chatId => self?.AttachmentFolder(chatId));
        http ??= new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var offsets = new FileOffsetStore(Path.Combine(options.DataDir, "channels"));
        var registry = ChannelRegistry.Create(ChannelSettings.Configuration(options.Channels), context, http, offsets, Random.Shared);
        self = new NodeChannels(options, inbound, registry, http, new WebChannel(timeProvider), loggerFactory.CreateLogger<NodeChannels>());
        return self;
    }

    /// <summary>Routes inbound to the node, logs the warnings and starts <c>/user/channels</c>, which connects each platform.</summary>
    public void Start(NodeActors actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        _directory = actors.Directory;
        _inbound.Bind(actors.Router);
        foreach (var warning in Warnings)
        {
            LogWarning(warning);
        }

        if (_handles.Count > 0)
        {
            _actor = actors.System.ActorOf(
                ChannelsActor.Props(_handles, _options.ReconnectBaseDelay, _options.ReconnectMaxDelay, _stopping.Token), "channels");
        }

        LogStarted(_handles.Count, string.Join(", ", All.Select(c => c.Name)));
    }

    /// <summary>Maps the platform webhooks on the node's web server (WhatsApp at <see cref="WhatsAppWebhookEndpoints.Path"/>).</summary>
    public void MapWebhooks(IEndpointRouteBuilder app)
    {
        if (_registry.WhatsAppWebhook is { } webhook)
        {
            WhatsAppWebhookEndpoints.Map(app, webhook);
        }
    }

    /// <summary>Stops the channel actors (each disconnects its channel) and waits for the disconnects.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            var stopped = _actor is not { } actor || await actor.GracefulStop(StopTimeout).WaitAsync(cancellationToken).ConfigureAwait(false);
            await Task.WhenAll(_handles.Select(h => h.Disconnected)).WaitAsync(StopTimeout, cancellationToken).ConfigureAwait(false);
            if (!stopped)
            {
                LogNotStopped();
            }
        }
        catch (Exception ex) when (ex is TimeoutException or OperationCanceledException)
        {
            LogNotStopped();
        }
    }

    public ValueTask DisposeAsync()
    {
        _stopping.Dispose();
        _http.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>The group folder of a registered chat, where its attachments go (<c>attachments/</c> below it); null otherwise.</summary>
    private string? AttachmentFolder(string chatId) =>
        _directory?.View.GroupOf(chatId) is { } group ? GroupFolder.Resolve(_groupsRoot, group.Folder) : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Channel not started: {Warning}")]
    private partial void LogWarning(string warning);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} platform channel(s) starting; channels: {Channels}")]
    private partial void LogStarted(int count, string channels);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not every channel disconnected in time on stop")]
    private partial void LogNotStopped();
}
