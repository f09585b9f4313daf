using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using NanoClaw.Containers.Docker;
using NanoClaw.Containers.ModelProxy;
using NanoClaw.Containers.Mounts;
using NanoClaw.Containers.Runtime;
using NanoClaw.Actors.Agents;

namespace NanoClaw.Host.Agents;

/// <summary>
/// Runs each agent in its own container on the Docker engine (network none), linked to the host
/// by the group's agent socket and to the model by the node's shared proxy socket. Build it with
/// <see cref="CreateAsync"/>; disposing it stops every run still going and the model proxy.
/// </summary>
public sealed partial class DockerAgentRuntime : IAgentRuntime, IAsyncDisposable
{
    private readonly DockerClient _client;
    private readonly ContainerRunner _runner;
    private readonly GroupMountPlanner _planner;
    private readonly ModelProxyServer? _proxy;
    private readonly ILoggerFactory _loggerFactory;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<DockerAgentRuntime> _logger;
    private readonly ConcurrentDictionary<DockerAgentSession, byte> _live = new();
    /// <summary>How long a new run waits for the group's previous run to be stopped. The default is 60 seconds.</summary>
    private static readonly TimeSpan PreviousRunWait = TimeSpan.FromSeconds(60);

    private readonly ConcurrentDictionary<string, GroupClaim> _groups = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private int _disposed;

    internal DockerAgentRuntime(
        DockerAgentRuntimeOptions options,
        DockerClient client,
        EffectiveModel model,
        ModelProxyServer? proxy,
        ProxyTokenRegistry tokens,
        TokenUsageLedger ledger,
        ILoggerFactory loggerFactory,
        TimeProvider timeProvider)
    {
        Options = options;
        _client = client;
        Model = model;
        _proxy = proxy;
        Tokens = tokens;
        Ledger = ledger;
        _loggerFactory = loggerFactory;
        _timeProvider = timeProvider;
        _logger = loggerFactory.CreateLogger<DockerAgentRuntime>();
        Health = new DockerHealthMonitor(client, options.Container.Image, timeProvider, loggerFactory.CreateLogger<DockerHealthMonitor>());
        _runner = new ContainerRunner(
            client, new EngineRetryPolicy(timeProvider, loggerFactory.CreateLogger<EngineRetryPolicy>()),
            options.Container, timeProvider, loggerFactory.CreateLogger<ContainerRunner>());
        _planner = new GroupMountPlanner(new MountValidator(null, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)), loggerFactory.CreateLogger<GroupMountPlanner>());
    }

    public DockerAgentRuntimeOptions Options { get; }

    /// <summary>The model the agents answer with, and the banner to show when it is the mock.</summary>
    public EffectiveModel Model { get; }

    /// <summary>Engine and image state for <c>/healthz</c> and the status page.</summary>
    public DockerHealthMonitor Health { get; }

    public ProxyTokenRegistry Tokens { get; }

    /// <summary>Model tokens used, per group and turn.</summary>
    public TokenUsageLedger Ledger { get; }

    /// <summary>Orphan cleanup and, when the image is missing, its build; runs wait for it.</summary>
    public Task Preparation { get; private set; } = Task.CompletedTask;

    /// <summary>Runs started and not yet disposed.</summary>
    public int LiveRuns => _live.Count;

    /// <summary>Stops the runs still going (grace, then kill), then the model proxy. Safe to call twice.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        await Preparation.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await Task.WhenAll(_live.Keys.Select(s => s.DisposeAsync().AsTask())).ConfigureAwait(false);
        if (_proxy is not null)
        {
            await _proxy.DisposeAsync().ConfigureAwait(false);
        }

        _client.Dispose();
        _stopping.Dispose();
    }

    private void Track(DockerAgentSession session)
    {
        _live.TryAdd(session, 0);
        _ = session.Completion.ContinueWith(
            _ => _live.TryRemove(session, out byte _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private sealed class GroupClaim(string runId)
    {
        public string RunId { get; } = runId;

        public TaskCompletionSource Released { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
