using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using NanoClaw.Containers.Agent;
using NanoClaw.Containers.Mounts;
using NanoClaw.Containers.ModelProxy;
using NanoClaw.Containers.Runtime;
using NanoClaw.Containers.Tests.ModelProxy;
using NanoClaw.Containers.Tests.Support;

namespace NanoClaw.Containers.Tests.Agent;

/// <summary>
/// A node in miniature for end-to-end runs: a groups/ and data/ layout, the model proxy on a unix
/// socket forwarding to a scripted fake Anthropic API on 127.0.0.1, and the agent socket per run.
/// The agent container gets the group mounts plus the proxy folder, read-only.
/// </summary>
internal sealed class AgentEndToEndScenario : IAsyncDisposable
{
    public const string ApiKey = "sk-ant-e2e-SECRET-E2E-0123456789";
    public const string ProxyMountPath = "/workspace/proxy";
    private static int _runs;

    private readonly DockerEngineFixture _engine;
    private readonly ContainerRunner _runner;
    private readonly ContainerOptions _options;

    private AgentEndToEndScenario(DockerEngineFixture engine, string root, FakeUpstream upstream, ModelProxyServer proxy, ContainerOptions options,
        ProxyTokenRegistry tokens, TokenUsageLedger ledger)
    {
        _engine = engine;
        Tokens = tokens;
        Ledger = ledger;
        Root = root;
        Upstream = upstream;
        Proxy = proxy;
        _options = options;
        _runner = new ContainerRunner(
            engine.Client, new EngineRetryPolicy(TimeProvider.System, NullLogger<EngineRetryPolicy>.Instance),
            options, TimeProvider.System, NullLogger<ContainerRunner>.Instance);
    }

    public string Root { get; }

    public string Groups => Path.Join(Root, "groups");

    public FakeUpstream Upstream { get; }

    public ModelProxyServer Proxy { get; }

    public ProxyTokenRegistry Tokens { get; }

    public TokenUsageLedger Ledger { get; }

    /// <summary>The fake upstream's answers, one per request; see <see cref="Sse"/> and <see cref="Fail"/>.</summary>
    public ConcurrentQueue<Func<HttpContext, Task>> Script { get; } = new();

    /// <summary>Answers and records the host tool calls of every run of the scenario.</summary>
    public RecordingToolHandler Tools { get; } = new();

    public static Func<HttpContext, Task> Sse(string body) => context =>
    {
        context.Response.ContentType = "text/event-stream";
        return context.Response.WriteAsync(body);
    };

    public static Func<HttpContext, Task> Fail(int status, string json) => context => ModelProxyServerTests.Json(context, status, json);

    public static async Task<AgentEndToEndScenario> StartAsync(DockerEngineFixture engine, UpstreamKind upstreamKind = UpstreamKind.Anthropic)
    {
        // Short root: unix socket paths must stay under ~100 bytes.
        var root = Path.Join("/tmp", "nce2e-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path.Join(root, "groups", "global"));
        var proxyDir = Directory.CreateDirectory(Path.Join(root, "proxy")).FullName;
        Open(proxyDir);
        AgentEndToEndScenario? self = null;
        var upstream = await FakeUpstream.StartAsync(context => self!.AnswerAsync(context));
        var tokens = new ProxyTokenRegistry();
        var ledger = new TokenUsageLedger();
        var proxy = await ModelProxyServer.StartAsync(
            Path.Join(proxyDir, "model-proxy.sock"),
            new ModelProxyOptions { Upstream = upstreamKind, BaseUrl = upstream.BaseUrl, ApiKey = ApiKey },
            tokens, ledger, NullLoggerFactory.Instance, TimeProvider.System, CancellationToken.None);
        self = new AgentEndToEndScenario(engine, root, upstream, proxy, new ContainerOptions() with { Image = engine.Image }, tokens, ledger);
        return self;
    }

    /// <summary>Starts the group's container with the real runner as entrypoint and waits for its hello.</summary>
    public async Task<AgentRun> StartRunAsync(string folder, CancellationToken cancellationToken)
    {
        var ipc = Path.Join(Root, "data", "ipc", folder);
        var plan = new GroupMountPlanner(new MountValidator(null, Root), NullLogger<GroupMountPlanner>.Instance).Plan(
            new GroupMountContext(Groups, folder, false, Path.Join(Root, "data", "sessions", folder), ipc, []));
        foreach (var mount in plan.Mounts)
        {
            Open(mount.HostPath);
        }

        var identity = new AgentRunIdentity(folder, "chat-" + folder, IsMain: false);
        var server = AgentSocketServer.Listen(Path.Join(ipc, "agent.sock"), identity, Tools, NullLogger.Instance);
        var runId = $"e{Interlocked.Increment(ref _runs)}{Guid.NewGuid():N}"[..20];
        var facts = new GroupContainerFacts(folder, false, _engine.RunId, runId, "Europe/Berlin",
            [.. plan.Mounts, new PlannedMount(Path.Join(Root, "proxy"), ProxyMountPath, ReadOnly: true)]);
        var spec = ContainerSpecFactory.Create(facts, _options);
        var container = _runner.RunAsync(spec, Path.Join(Groups, folder, "logs"), cancellationToken: cancellationToken);
        var accepting = server.AcceptAsync(cancellationToken);
        var first = await Task.WhenAny(accepting, container);
        if (first == container)
        {
            var result = await container;
            throw new InvalidOperationException($"The agent container exited before connecting ({result.ExitCode}); see {result.LogFile}: "
                + await File.ReadAllTextAsync(result.LogFile, cancellationToken));
        }

        return new AgentRun(server, await accepting, container, spec.Name, Tokens.Issue(folder));
    }

    public async ValueTask DisposeAsync()
    {
        await Proxy.DisposeAsync();
        await Upstream.DisposeAsync();
        Directory.Delete(Root, recursive: true);
    }

    private Task AnswerAsync(HttpContext context) =>
        (Script.TryDequeue(out var answer) ? answer : Sse(AnthropicStreams.Text("(script exhausted)")))(context);

    /// <summary>The container runs as uid 1000 while tests usually run as root.</summary>
    private static void Open(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, (UnixFileMode)0b111_111_111);
        }
    }
}
