using NanoClaw.Containers.Docker;

namespace NanoClaw.Bench.Suites;

/// <summary>
/// Container start latency through our client and runner, against <c>docker run</c> on the same
/// engine and image in the same run. Both run <c>/bin/echo ready</c> with network none; ours also
/// has every isolation setting the node uses (caps dropped, read-only root, tmpfs, init, limits).
/// </summary>
internal sealed class ContainersSuite : IBenchSuite
{
    private const int Runs = 20;
    private const int WarmupRuns = 2;

    public string Name => "containers";

    public string Description => $"container start latency, median of {Runs} (needs a Docker engine and the agent image)";

    public async Task RunAsync(BenchReporter reporter, CancellationToken cancellationToken)
    {
        using var client = DockerClient.FromEnvironment();
        await client.PingAsync(cancellationToken);
        var image = Environment.GetEnvironmentVariable("NANOCLAW_IMAGE") ?? "nanoclaw-agent:latest";
        if (await client.TryInspectImageAsync(image, cancellationToken) is null)
        {
            throw new InvalidOperationException($"Image {image} is missing; build it with container/build.sh.");
        }

        var logs = Directory.CreateTempSubdirectory("nanoclaw-bench-").FullName;
        try
        {
            var ours = new ContainerStartProbe(client, image, logs);
            for (var i = 0; i < WarmupRuns; i++)
            {
                await ours.MeasureAsync(cancellationToken);
                await DockerCliProbe.MeasureAsync(image, cancellationToken);
            }

            var start = new List<double>();
            var run = new List<double>();
            var cli = new List<double>();
            for (var i = 0; i < Runs; i++)
            {
                var (firstByte, total) = await ours.MeasureAsync(cancellationToken);
                start.Add(firstByte);
                run.Add(total);
                cli.Add(await DockerCliProbe.MeasureAsync(image, cancellationToken));
            }

            reporter.Report("container.start", Median(start), "ms", Median(cli));
            reporter.Report("container.run", Median(run), "ms", Median(cli));
            reporter.Note("container.start: create request to first log byte; container.run: create to removed; baseline: `docker run --rm --network none` wall time");
        }
        finally
        {
            Directory.Delete(logs, recursive: true);
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
