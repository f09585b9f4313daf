namespace NanoClaw.Bench.Suites;

/// <summary>
/// The node end to end: routing throughput in process, idle memory in a child process, and chat
/// latency through the real binary, its HTTP API and agent containers.
/// </summary>
internal sealed class E2eSuite : IBenchSuite
{
    public string Name => "e2e";

    public string Description => "routing throughput, idle node memory, restart time, warm and cold chat latency, per agent engine too (needs a Docker engine and the agent image)";

    public async Task RunAsync(BenchReporter reporter, CancellationToken cancellationToken)
    {
        // NANOCLAW_BENCH_E2E=route,idle,restart,chat,engines picks parts; all by default.
        var parts = (Environment.GetEnvironmentVariable("NANOCLAW_BENCH_E2E") ?? "route,idle,restart,chat,engines").Split(',', StringSplitOptions.TrimEntries);
        if (parts.Contains("route"))
        {
            await E2eRoute.RunAsync(reporter, cancellationToken);
        }

        if (parts.Contains("idle"))
        {
            await E2eIdleMemory.RunAsync(reporter, cancellationToken);
        }

        if (parts.Contains("restart"))
        {
            await E2eRestart.RunAsync(reporter, cancellationToken);
        }

        if (parts.Contains("chat"))
        {
            await E2eChat.RunAsync(reporter, cancellationToken);
        }

        if (parts.Contains("engines"))
        {
            await E2eEngines.RunAsync(reporter, cancellationToken);
        }
    }
}
