using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NanoClaw.Actors.Kernel;
using NanoClaw.Actors.Persistence.Actors;
using NanoClaw.Host.Agents;
using NanoClaw.Host.Api;
using NanoClaw.Host.Api.Contracts;
using NanoClaw.Host.Channels;
using NanoClaw.Host.Chats;
using NanoClaw.Host.Groups;
using NanoClaw.Host.Hosting;
using NanoClaw.Host.Registry;
using NanoClaw.Host.Runs;
using NanoClaw.Host.Settings;

namespace NanoClaw.Host.Node;

/// <summary>
/// The running node: opens the journal, starts the container runtime, the actor tree and the web
/// server, and on stop closes them in reverse order — runs first, so their containers are stopped
/// and their batches stay pending for the next start.
/// </summary>
internal sealed partial class NodeService(
    IOptions<NanoClawOptions> settings,
    ILoggerFactory loggerFactory,
    TimeProvider timeProvider,
    ILogger<NodeService> logger) : IHostedService
{
    private NodeStore? _store;
    private ActorSystem? _system;
    private DockerAgentRuntime? _runtime;
    private NodeActors? _actors;
    private NodeWebServer? _server;
    private SenderAllowlistSource? _allowlist;
    private NodeChannels? _channels;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var options = settings.Value;
        _store = await NodeStore.OpenAsync(options, timeProvider, cancellationToken).ConfigureAwait(false);
        LogStore(_store.Location);
        _runtime = await DockerAgentRuntime.CreateAsync(options, null, loggerFactory, timeProvider, cancellationToken).ConfigureAwait(false);
        _allowlist = await SenderAllowlistSource.StartAsync(loggerFactory, timeProvider, cancellationToken).ConfigureAwait(false);
        _system = ActorSystem.Create("nanoclaw", new ActorSystemOptions { TimeProvider = timeProvider, LoggerFactory = loggerFactory });
        var chats = new ChatLog(timeProvider);
        var channels = _channels = NodeChannels.Create(options, loggerFactory, timeProvider);
        var persistence = new PersistenceExtension(_store.Journal, _store.Snapshots, NodeSerializers.Create());
        var zone = options.ResolveTimeZone();
        _actors = NodeActors.Start(_system, new NodeActorsOptions(
            persistence, _runtime, new ChannelReplySender(channels.All), chats, new GroupFolderSetup(options.GroupsDir, options.AssistantName), options.AssistantName, zone)
        {
            Allowlist = () => _allowlist.Current,
            Retry = new GroupRetry(options.Retry.BaseDelay, options.Retry.MaxDelay, options.Retry.MaxRetries, options.Retry.RandomFactor, Random.Shared.NextDouble),
            Timings = new RunTimings(options.Containers.IdleTimeout, options.Containers.HardTimeout),
            MaxConcurrent = options.Containers.MaxConcurrent,
        });
        channels.Start(_actors);
        var model = _runtime.Model;
        var info = new NodeInfo(options.AssistantName, NodeStartupReporter.Version, model.Settings.Provider, model.Settings.Name, model.Banner);
        var api = new NodeApi(_actors, chats, info, _runtime.Health.GetAsync, () => channels.All);
        _server = await NodeWebServer.StartAsync(
            new NodeWebServerOptions
            {
                Host = options.Http.Host,
                Port = options.Http.Port,
                AdminToken = Environment.GetEnvironmentVariable(NodeWebServer.AdminTokenVariable),
                MapExtra = channels.MapWebhooks,
            },
            api, loggerFactory, cancellationToken).ConfigureAwait(false);
        await _actors.Directory.Ready.WaitAsync(cancellationToken).ConfigureAwait(false);
        LogListening(_server.BaseAddress.ToString(), _actors.Directory.View.Groups.Count);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }

        if (_channels is not null)
        {
            await _channels.StopAsync(cancellationToken).ConfigureAwait(false);
            await _channels.DisposeAsync().ConfigureAwait(false);
        }

        if (_actors is not null)
        {
            try
            {
                await _actors.StopRunsAsync(TimeSpan.FromSeconds(30), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is AskTimeoutException or OperationCanceledException)
            {
                LogRunsNotStopped(ex.Message);
            }
        }

        if (_system is not null)
        {
            await _system.Terminate().ConfigureAwait(false);
        }

        if (_runtime is not null)
        {
            await _runtime.DisposeAsync().ConfigureAwait(false);
        }

        _allowlist?.Dispose();
        if (_store is not null)
        {
            await _store.DisposeAsync().ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Journal: {Location}")]
    private partial void LogStore(string location);

    [LoggerMessage(Level = LogLevel.Information, Message = "Web chat and API at {Address} ({Groups} group(s) registered)")]
    private partial void LogListening(string address, int groups);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not every run stopped in time ({Reason}); orphan cleanup removes their containers at the next start")]
    private partial void LogRunsNotStopped(string reason);
}
