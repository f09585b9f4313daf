using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using NanoClaw.Containers.Docker;
using NanoClaw.Containers.Runtime;

namespace NanoClaw.Bench.Suites;

/// <summary>One container run through <see cref="ContainerRunner"/>, timed to its first output byte and to its removal.</summary>
internal sealed class ContainerStartProbe(DockerClient client, string image, string logDirectory)
{
    private const string InstallId = "bench";
    private static int _runs;

    private readonly ContainerRunner _runner = new(
        client,
        new EngineRetryPolicy(TimeProvider.System, NullLogger<EngineRetryPolicy>.Instance),
        new ContainerOptions { Image = image },
        TimeProvider.System,
        NullLogger<ContainerRunner>.Instance);

    public async Task<(double FirstByteMs, double TotalMs)> MeasureAsync(CancellationToken cancellationToken)
    {
        var runId = $"b{Interlocked.Increment(ref _runs)}{Environment.ProcessId}";
        var facts = new GroupContainerFacts("bench", false, InstallId, runId, "UTC", []);
        var spec = ContainerSpecFactory.Create(facts, new ContainerOptions { Image = image }) with
        {
            Entrypoint = ["/bin/echo"],
            Command = ["ready"],
        };
        long firstByte = 0;
        var started = Stopwatch.GetTimestamp();
        await _runner.RunAsync(spec, logDirectory, _ =>
        {
            if (firstByte == 0)
            {
                firstByte = Stopwatch.GetTimestamp();
            }

            return ValueTask.CompletedTask;
        }, cancellationToken);
        var total = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (firstByte == 0)
        {
            throw new InvalidOperationException($"container {spec.Name} printed nothing");
        }

        return (Stopwatch.GetElapsedTime(started, firstByte).TotalMilliseconds, total);
    }
}
