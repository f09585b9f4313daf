using Microsoft.Extensions.Logging.Abstractions;
using NanoClaw.Containers.Mounts;
using NanoClaw.Containers.Runtime;
using NanoClaw.Containers.Tests.Support;

namespace NanoClaw.Containers.Tests.Runtime;

/// <summary>
/// A throwaway node layout (groups/, data/) and a runner wired to the real engine, for running a
/// group's container with a shell command instead of the agent runner.
/// </summary>
internal sealed class RuntimeScenario : IDisposable
{
    private static int _runs;

    public RuntimeScenario(DockerEngineFixture engine, ContainerOptions? options = null)
    {
        Engine = engine;
        Root = Directory.CreateTempSubdirectory("nanoclaw-runtime-").FullName;
        Options = (options ?? new ContainerOptions()) with { Image = engine.Image };
        Directory.CreateDirectory(Path.Join(Groups, "global"));
        Runner = new ContainerRunner(
            engine.Client,
            new EngineRetryPolicy(TimeProvider.System, NullLogger<EngineRetryPolicy>.Instance),
            Options,
            TimeProvider.System,
            NullLogger<ContainerRunner>.Instance);
    }

    public DockerEngineFixture Engine { get; }

    public string Root { get; }

    public string Groups => Path.Join(Root, "groups");

    public ContainerOptions Options { get; }

    public ContainerRunner Runner { get; }

    public string LogDirectory(string folder) => Path.Join(Groups, folder, "logs");

    public ContainerSpec Spec(string script, string folder = "family", bool isMain = false)
    {
        var planner = new GroupMountPlanner(new MountValidator(null, Root), NullLogger<GroupMountPlanner>.Instance);
        var plan = planner.Plan(new GroupMountContext(
            Groups, folder, isMain, Path.Join(Root, "data/sessions", folder), Path.Join(Root, "data/ipc", folder), []));
        // The container runs as uid 1000; the test process is usually root.
        foreach (var mount in plan.Mounts)
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(mount.HostPath, (UnixFileMode)0b111_111_111);
            }
        }

        var runId = $"t{Interlocked.Increment(ref _runs)}{Guid.NewGuid():N}"[..20];
        var facts = new GroupContainerFacts(folder, isMain, Engine.RunId, runId, "Europe/Berlin", plan.Mounts);
        return ContainerSpecFactory.Create(facts, Options) with { Entrypoint = ["/bin/sh", "-c"], Command = [script] };
    }

    /// <summary>Runs <paramref name="script"/> to the end and returns the result with everything it printed.</summary>
    public async Task<(ContainerRunResult Result, string Output)> RunAsync(
        string script, string folder = "family", bool isMain = false, CancellationToken cancellationToken = default)
    {
        var output = new MemoryStream();
        var result = await Runner.RunAsync(Spec(script, folder, isMain), LogDirectory(folder), chunk =>
        {
            lock (output)
            {
                output.Write(chunk.Data.Span);
            }

            return ValueTask.CompletedTask;
        }, cancellationToken);
        return (result, System.Text.Encoding.UTF8.GetString(output.ToArray()));
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
