using System.Formats.Tar;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using NanoClaw.Containers.Agent.Events;
using NanoClaw.Containers.Docker;
using NanoClaw.Containers.Docker.Models;
using NanoClaw.Containers.Runtime;
using NanoClaw.Host.Agents;
using NanoClaw.Host.Settings;
using NanoClaw.Actors.Agents;

namespace NanoClaw.Host.Tests.Agents;

/// <summary>
/// A node's folders under a short /tmp root (unix socket paths must stay short) and a
/// <see cref="DockerAgentRuntime"/> made the way the node makes it, with the mock model. Disposing
/// removes every container labelled with the scenario's install id and the folders.
/// </summary>
internal sealed class RuntimeScenario : IAsyncDisposable
{
    private static int _runs;

    private RuntimeScenario(string root, NanoClawOptions options, DockerAgentRuntime runtime)
    {
        Root = root;
        Options = options;
        Runtime = runtime;
        Client = DockerClient.FromEnvironment();
    }

    public string Root { get; }

    public NanoClawOptions Options { get; }

    public DockerAgentRuntime Runtime { get; }

    public DockerClient Client { get; }

    public static NanoClawOptions NodeOptions(string root, string? engine = null) => new()
    {
        DataDir = Path.Join(root, "data"),
        GroupsDir = Path.Join(root, "groups"),
        Timezone = "Europe/Berlin",
        Model = new ModelOptions { Provider = ModelProvider.Mock },
        Containers = new ContainersOptions
        {
            Engine = engine ?? "unix://" + DockerClientOptions.FromEnvironment().SocketPath,
            StopGrace = TimeSpan.FromSeconds(5),
        },
    };

    public static string NewRoot() => Directory.CreateDirectory(Path.Join("/tmp", "ncrt-" + Guid.NewGuid().ToString("N")[..8])).FullName;

    public static async Task<RuntimeScenario> StartAsync(CancellationToken cancellationToken, string? root = null)
    {
        root ??= NewRoot();
        var options = NodeOptions(root);
        var runtime = await DockerAgentRuntime.CreateAsync(options, null, NullLoggerFactory.Instance, TimeProvider.System, cancellationToken);
        return new RuntimeScenario(root, options, runtime);
    }

    public static AgentRunRequest Request(string folder, RecordingToolHandler? tools = null) =>
        new($"r{Interlocked.Increment(ref _runs)}{Guid.NewGuid():N}"[..20], folder, "web:" + folder, IsMain: false, tools ?? new RecordingToolHandler());

    /// <summary>Events up to and including the turn's end (idle, error, or the runner leaving).</summary>
    public static async Task<List<AgentEvent>> ReadTurnAsync(IAgentSession session, CancellationToken cancellationToken)
    {
        var events = new List<AgentEvent>();
        await foreach (var agentEvent in session.Events.ReadAllAsync(cancellationToken))
        {
            events.Add(agentEvent);
            if (agentEvent is TurnIdled or RunnerDisconnected)
            {
                break;
            }
        }

        return events;
    }

    /// <summary>A second runtime on the same folders whose mock model follows the script at <paramref name="containerPath"/>.</summary>
    public DockerAgentRuntime ScriptedRuntime(string containerPath) => VariantRuntime(options =>
        options with { Context = options.Context with { Model = options.Context.Model with { MockScript = containerPath } } });

    /// <summary>A second runtime on the same folders with changed options.</summary>
    public DockerAgentRuntime VariantRuntime(Func<DockerAgentRuntimeOptions, DockerAgentRuntimeOptions> change) => new(
        change(Runtime.Options), DockerClient.FromEnvironment(), Runtime.Model, null,
        Runtime.Tokens, Runtime.Ledger, NullLoggerFactory.Instance, TimeProvider.System);

    /// <summary>
    /// Builds a one-file image (offline: FROM an image the engine has), once the runtime's own
    /// preparation is done: on an engine without images that is what builds the agent image.
    /// </summary>
    public async Task BuildImageAsync(string tag, string dockerfile, CancellationToken cancellationToken)
    {
        await Runtime.Preparation.WaitAsync(cancellationToken);
        var tar = new MemoryStream();
        await using (var writer = new TarWriter(tar, TarEntryFormat.Pax, leaveOpen: true))
        {
            var entry = new PaxTarEntry(TarEntryType.RegularFile, "Dockerfile") { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(dockerfile)) };
            await writer.WriteEntryAsync(entry, cancellationToken);
        }

        tar.Position = 0;
        await Client.BuildImageAsync(tar, new ImageBuildParameters(tag), null, cancellationToken);
    }

    public string RunLog(AgentRunRequest request) =>
        Path.Join(Options.GroupsDir, request.GroupFolder, "logs", $"container-{request.RunId}.log");

    public async Task<int> ContainersOfRunAsync(AgentRunRequest request) =>
        (await Client.ListContainersAsync([$"{ContainerLabels.Run}={request.RunId}"])).Count;

    public async ValueTask DisposeAsync()
    {
        await Runtime.DisposeAsync();
        foreach (var container in await Client.ListContainersAsync([$"{ContainerLabels.Install}={Runtime.Options.InstallId}"]))
        {
            await Client.RemoveContainerAsync(container.Id, force: true);
        }

        Client.Dispose();
        Directory.Delete(Root, recursive: true);
    }
}
