using Microsoft.Extensions.Logging;
using NanoClaw.Containers.Docker;
using NanoClaw.Containers.ModelProxy;
using NanoClaw.Containers.Mounts;
using NanoClaw.Containers.Runtime;
using NanoClaw.Host.Containers;
using NanoClaw.Host.Settings;
using NanoClaw.Actors.Agents;

namespace NanoClaw.Host.Agents;

public sealed partial class DockerAgentRuntime
{
    /// <summary>
    /// The node's one entry: reads or makes the install id, starts the shared model proxy (unless
    /// the mock model answers), and, in the background (<see cref="Preparation"/>), when the engine
    /// answers, removes this install's orphan containers and builds the agent image if it is
    /// missing; runs wait for that. A missing engine is logged, not thrown: the node keeps taking messages, <see cref="Health"/> says what to do, and
    /// <see cref="StartAsync"/> fails fast with the same words until the engine is back.
    /// </summary>
    /// <param name="options">Validated settings with absolute paths (<see cref="NanoClawOptions.ResolvePaths"/>).</param>
    /// <param name="repositoryRoot">The checkout holding <c>container/build.sh</c>; null finds it from the working directory or the binaries.</param>
    /// <exception cref="AgentStartException">The data folder's path makes the proxy socket path too long.</exception>
    /// <exception cref="ArgumentException"><c>nanoclaw.containers.engine</c> is neither a unix socket nor a tcp endpoint.</exception>
    public static async Task<DockerAgentRuntime> CreateAsync(
        NanoClawOptions options,
        string? repositoryRoot,
        ILoggerFactory loggerFactory,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        var dataDirectory = Path.GetFullPath(options.DataDir);
        var installId = await InstallIdentity.LoadOrCreateAsync(dataDirectory, cancellationToken).ConfigureAwait(false);
        var model = EffectiveModel.From(options.Model);
        var runtimeOptions = new DockerAgentRuntimeOptions(
            installId,
            Path.GetFullPath(options.GroupsDir),
            dataDirectory,
            options.Containers.ToRuntimeOptions() with
            {
                // The caller's actor enforces the hard timeout; this only backstops a container nobody watches.
                NoOutputTimeout = options.Containers.IdleTimeout + options.Containers.HardTimeout,
            },
            new AgentRunContext(options.AssistantName, TimeZoneOf(options), model.Settings, options.Agent.Engine));
        UnixSocketPath.Check(runtimeOptions.ProxySocket, "model proxy");
        Directory.CreateDirectory(runtimeOptions.ProxyDirectory);
        Directory.CreateDirectory(Path.Join(runtimeOptions.GroupsDirectory, GroupFolder.GlobalFolder));

        var client = new DockerClient(DockerClientOptions.FromDockerHost(options.Containers.Engine));
        var tokens = new ProxyTokenRegistry();
        var ledger = new TokenUsageLedger();
        ModelProxyServer? proxy = null;
        try
        {
            if (model.Proxy is not null)
            {
                proxy = await ModelProxyServer.StartAsync(
                    runtimeOptions.ProxySocket, model.Proxy, tokens, ledger, loggerFactory, timeProvider, cancellationToken).ConfigureAwait(false);
            }

            var runtime = new DockerAgentRuntime(runtimeOptions, client, model, proxy, tokens, ledger, loggerFactory, timeProvider);
            runtime.Preparation = runtime.PrepareEngineAsync(repositoryRoot, runtime._stopping.Token);
            return runtime;
        }
        catch
        {
            if (proxy is not null)
            {
                await proxy.DisposeAsync().ConfigureAwait(false);
            }

            client.Dispose();
            throw;
        }
    }

    /// <summary>The configured zone's IANA id; the machine's zone when none is set, UTC when that has no IANA id.</summary>
    internal static string TimeZoneOf(NanoClawOptions options)
    {
        var id = options.ResolveTimeZone().Id;
        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out _) ? id : "UTC";
    }

    private async Task PrepareEngineAsync(string? repositoryRoot, CancellationToken cancellationToken)
    {
        await Task.Yield();
        if (Model.Banner is not null)
        {
            LogModelBanner(Model.Banner);
        }

        var health = await Health.CheckAsync(cancellationToken).ConfigureAwait(false);
        if (!health.Reachable)
        {
            return;
        }

        try
        {
            var removed = await new OrphanCleaner(_client, _loggerFactory.CreateLogger<OrphanCleaner>())
                .RemoveOrphansAsync(Options.InstallId, cancellationToken).ConfigureAwait(false);
            LogReady(Options.InstallId, removed);
            if (!health.ImagePresent)
            {
                await new AgentImageProvisioner(_client, _timeProvider, _loggerFactory.CreateLogger<AgentImageProvisioner>())
                    .EnsureAsync(Options.Container.Image, repositoryRoot, cancellationToken).ConfigureAwait(false);
                await Health.CheckAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is DockerUnavailableException or DockerApiException)
        {
            LogPrepareFailed(ex.Message);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The node is stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Banner}")]
    private partial void LogModelBanner(string banner);

    [LoggerMessage(Level = LogLevel.Information, Message = "Container engine ready for install {InstallId}; removed {Removed} orphan container(s)")]
    private partial void LogReady(string installId, int removed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not prepare the container engine: {Reason}")]
    private partial void LogPrepareFailed(string reason);
}
