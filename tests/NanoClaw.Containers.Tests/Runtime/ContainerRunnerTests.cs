using NanoClaw.Containers.Docker;
using NanoClaw.Containers.Runtime;
using NanoClaw.Containers.Tests.Support;

namespace NanoClaw.Containers.Tests.Runtime;

[Collection(DockerCollection.Name)]
public sealed class ContainerRunnerTests(DockerEngineFixture engine) : IDisposable
{
    private readonly RuntimeScenario _scenario = new(engine, new ContainerOptions
    {
        NoOutputTimeout = TimeSpan.FromSeconds(2),
        StopGrace = TimeSpan.FromSeconds(1),
        LogMaxBytes = 64 * 1024,
        LogFilesKept = 2,
    });

    public void Dispose() => _scenario.Dispose();

    private async Task AssertRemovedAsync(string name)
    {
        var ex = await Assert.ThrowsAsync<DockerApiException>(() => engine.Client.InspectContainerAsync(name));
        Assert.True(ex.IsNotFound);
    }

    [DockerFact]
    public async Task RunAsync_ShortScript_LogsToGroupLogsAndRemovesContainer()
    {
        var (result, output) = await _scenario.RunAsync("echo out; echo err >&2; exit 3");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(ContainerRunOutcome.Exited, result.Outcome);
        Assert.Contains("out\n", output, StringComparison.Ordinal);
        Assert.Contains("err\n", output, StringComparison.Ordinal);
        Assert.StartsWith(_scenario.LogDirectory("family"), result.LogFile, StringComparison.Ordinal);
        var log = await File.ReadAllTextAsync(result.LogFile);
        Assert.Contains($"# {result.Name} image={engine.Image}", log, StringComparison.Ordinal);
        Assert.Contains("out\n", log, StringComparison.Ordinal);
        Assert.Contains("# exit=3 outcome=Exited", log, StringComparison.Ordinal);
        Assert.Matches("^nanoclaw-family-[a-z0-9]+$", result.Name);
        await AssertRemovedAsync(result.Name);
    }

    [DockerFact]
    public async Task RunAsync_UnterminatedLastLines_CapturedOnceEach()
    {
        for (var i = 0; i < 3; i++)
        {
            var (result, output) = await _scenario.RunAsync("echo first; printf 'no newline at the end'");

            Assert.Equal("first\nno newline at the end", output);
            Assert.EndsWith("first\nno newline at the end\n# exit=0 outcome=Exited", (await File.ReadAllTextAsync(result.LogFile)).Split(" oom=")[0], StringComparison.Ordinal);
        }
    }

    [DockerFact]
    public async Task RunAsync_NoOutputForTimeout_KilledAndRemoved()
    {
        var (result, output) = await _scenario.RunAsync("echo started; sleep 60");

        Assert.Equal(ContainerRunOutcome.TimedOut, result.Outcome);
        Assert.Equal(137, result.ExitCode);
        Assert.Equal("started\n", output);
        Assert.True(result.Duration < TimeSpan.FromSeconds(30), $"took {result.Duration}");
        await AssertRemovedAsync(result.Name);
    }

    [DockerFact]
    public async Task RunAsync_SteadyOutput_OutlivesNoOutputTimeout()
    {
        var (result, _) = await _scenario.RunAsync("for i in 1 2 3 4 5 6; do echo tick $i; sleep 0.5; done");

        Assert.Equal(ContainerRunOutcome.Exited, result.Outcome);
        Assert.Equal(0, result.ExitCode);
    }

    [DockerFact]
    public async Task RunAsync_Cancelled_StopsWithGraceAndRemoves()
    {
        using var cancel = new CancellationTokenSource();
        var spec = _scenario.Spec("trap 'echo got TERM; exit 0' TERM; echo ready; while :; do sleep 0.2; done");

        var result = await _scenario.Runner.RunAsync(spec, _scenario.LogDirectory("family"), chunk =>
        {
            cancel.Cancel(); // cancel as soon as the container has shown it runs
            return ValueTask.CompletedTask;
        }, cancel.Token);

        Assert.Equal(ContainerRunOutcome.Stopped, result.Outcome);
        Assert.Contains("got TERM", await File.ReadAllTextAsync(result.LogFile), StringComparison.Ordinal);
        await AssertRemovedAsync(result.Name);
    }

    [DockerFact]
    public async Task RunAsync_OutputPastCap_RotatesWithinLimits()
    {
        var (result, _) = await _scenario.RunAsync("head -c 300000 /dev/zero | tr '\\0' x");

        var files = Directory.GetFiles(_scenario.LogDirectory("family"), Path.GetFileName(result.LogFile) + "*");
        Assert.Equal(3, files.Length); // the current file and two rotated ones; older ones dropped
        Assert.All(files, f => Assert.True(new FileInfo(f).Length <= 64 * 1024, $"{f} is {new FileInfo(f).Length} bytes"));
    }

    [DockerFact]
    public async Task RunAsync_BadMountSource_ThrowsAndLeavesNoContainer()
    {
        var spec = _scenario.Spec("true") with { Mounts = [new("/nonexistent/nanoclaw/path", "/workspace/extra/x", true)] };

        var ex = await Assert.ThrowsAsync<DockerApiException>(() => _scenario.Runner.RunAsync(spec, _scenario.LogDirectory("family")));

        Assert.Contains("/nonexistent/nanoclaw/path", ex.EngineMessage, StringComparison.Ordinal);
        Assert.Empty(await engine.Client.ListContainersAsync([$"{ContainerLabels.Run}={spec.RunId}"]));
    }
}
