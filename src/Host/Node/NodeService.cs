using Akka;
using Akka.Actor;
using Akka.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NanoClaw.Host.Agents;
using NanoClaw.Host.Api;
using NanoClaw.Host.Api.Contracts;
using NanoClaw.Host.Channels;
using NanoClaw.Actors.Chats;
using NanoClaw.Actors.Groups;
using NanoClaw.Host.Hosting;
using NanoClaw.Actors.Registry;
using NanoClaw.Actors.Runs;
using NanoClaw.Host.Settings;
using NanoClaw.Actors.Node;

namespace NanoClaw.Host.Node;

/// <summary>
/// The running node on the actor system Akka.Hosting started: starts the container runtime, the
/// node's actors and the web server. Stopping goes through Akka's CoordinatedShutdown, whatever
/// started it (Ctrl-C, SIGTERM, the host): input stops first (web server, channels), then every run
/// is stopped and its batch stays pending for the next start, then the actor system ends (the
/// journal flushed) and the runtime is closed last.
/// </summary>
internal sealed partial class NodeService(
    IOptions<NanoClawOptions> settings,
    ILoggerFactory loggerFactory,
    TimeProvider timeProvider,
    ActorSystem system,
    ActorRegistry registry,
    NodeJournal journal,
    ILogger<NodeService> logger) : IHostedService
{
    /// <summary>How long stopping the runs may take before their containers are left to orphan cleanup. The default is 30 seconds.</summary>
    public static readonly TimeSpan StopRunsTimeout = TimeSpan.FromSeconds(30);

    private DockerAgentRuntime? _runtime;
    private NodeActors? _actors;
    private NodeWebServer? _server;
    private SenderAllowlistSource? _allowlist;
    private NodeChannels? _channels;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var options = settings.Value;
        LogStore(journal.Location);
        _runtime = await DockerAgentRuntime.CreateAsync(options, null, loggerFactory, timeProvider, cancellationToken).ConfigureAwait(false);
        _allowlist = await SenderAllowlistSource.StartAsync(loggerFactory, timeProvider, cancellationToken).ConfigureAwait(false);
        var chats = new ChatLog(timeProvider);
        var channels = _channels = NodeChannels.Create(options, loggerFactory, timeProvider);
        var zone = options.ResolveTimeZone();
        _actors = NodeActors.Start(system, new NodeActorsOptions(
            _runtime, new ChannelReplySender(channels.All), chats, new GroupFolderSetup(options.GroupsDir, options.AssistantName), options.AssistantName, zone)
        {
            Time = timeProvider,
            Allowlist = () => _allowlist.Current,
            Retry = new GroupRetry(options.Retry.BaseDelay, options.Retry.MaxDelay, options.Retry.MaxRetries, options.Retry.RandomFactor, Random.Shared.NextDouble),
            Timings = new RunTimings(options.Containers.IdleTimeout, options.Containers.HardTimeout),
            MaxConcurrent = options.Containers.MaxConcurrent,
            SleepAfter = options.Groups.SleepAfter,
        });
        _actors.Register(registry);
        channels.Start(_actors);
        var model = _runtime.Model;
        var info = new NodeInfo(options.AssistantName, NodeStartupReporter.Version, model.Settings.Provider, model.Settings.Name, model.Banner, options.Agent.Engine);
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
        var shutdown = CoordinatedShutdown.Get(system);
        shutdown.AddTask(CoordinatedShutdown.PhaseServiceUnbind, "nanoclaw-stop-input", StopInputAsync);
        shutdown.AddTask(CoordinatedShutdown.PhaseServiceRequestsDone, "nanoclaw-stop-runs", StopRunsAsync);
        await _actors.Directory.Ready.WaitAsync(cancellationToken).ConfigureAwait(false);
        LogListening(_server.BaseAddress.ToString(), _actors.Directory.View.Groups.Count);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await CoordinatedShutdown.Get(system).Run(CoordinatedShutdown.ClrExitReason.Instance).WaitAsync(cancellationToken).ConfigureAwait(false);
        if (_runtime is not null)
        {
            await _runtime.DisposeAsync().ConfigureAwait(false);
        }

        _allowlist?.Dispose();
    }

    private async Task<Done> StopInputAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }

        if (_channels is not null)
        {
            await _channels.StopAsync(CancellationToken.None).ConfigureAwait(false);
            await _channels.DisposeAsync().ConfigureAwait(false);
        }

        return Done.Instance;
    }

    private async Task<Done> StopRunsAsync()
    {
        try
        {
            await _actors!.StopRunsAsync(StopRunsTimeout, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is AskTimeoutException or OperationCanceledException or TimeoutException)
        {
            LogRunsNotStopped(ex.Message);
        }

        return Done.Instance;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Journal: {Location}")]
    private partial void LogStore(string location);

    [LoggerMessage(Level = LogLevel.Information, Message = "Web chat and API at {Address} ({Groups} group(s) registered)")]
    private partial void LogListening(string address, int groups);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not every run stopped in time ({Reason}); orphan cleanup removes their containers at the next start")]
    private partial void LogRunsNotStopped(string reason);
}
