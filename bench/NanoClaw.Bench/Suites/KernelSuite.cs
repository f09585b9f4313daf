using NanoClaw.Bench.Suites.Kernel;

namespace NanoClaw.Bench.Suites;

/// <summary>Akka.NET's four runtime figures (default dispatcher), each against a Tasks-and-Channels baseline run in the same process.</summary>
internal sealed class KernelSuite : IBenchSuite
{
    public string Name => "kernel";

    public string Description => "actor hop latency, pipelined throughput, spawn rate, idle actor memory";

    public async Task RunAsync(BenchReporter reporter, CancellationToken cancellationToken)
    {
        await HopFigure.RunAsync(reporter, cancellationToken);
        await PipelinedFigure.RunAsync(reporter, cancellationToken);
        await SpawnFigure.RunAsync(reporter, cancellationToken);
        await IdleBytesFigure.RunAsync(reporter, cancellationToken);
    }
}
