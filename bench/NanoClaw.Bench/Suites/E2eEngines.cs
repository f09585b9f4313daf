using System.Globalization;

namespace NanoClaw.Bench.Suites;

/// <summary>
/// <c>e2e.warm.&lt;engine&gt;</c> and <c>e2e.cold.&lt;engine&gt;</c>: the same chat latency as
/// <see cref="E2eChat"/>, but with the node's model set to Anthropic at a fake upstream on
/// 127.0.0.1 and each agent engine in turn (builtin, claude-code), so the figures compare what the
/// engines themselves cost. Fewer messages than e2e.chat: a claude-code turn takes seconds of CPU.
/// </summary>
internal static class E2eEngines
{
    private const int WarmMessages = 30;
    private const int ColdGroups = 5;
    private const int HealthRoundTrips = 100;

    public static async Task RunAsync(BenchReporter reporter, CancellationToken cancellationToken)
    {
        var image = Environment.GetEnvironmentVariable("NANOCLAW_IMAGE") ?? "nanoclaw-agent:latest";
        var echo = await E2eChat.EngineRunsAsync(image, cancellationToken);
        foreach (var engine in new[] { "builtin", "claude-code" })
        {
            await RunEngineAsync(reporter, engine, E2eChat.Percentile(echo, 0.50), cancellationToken);
        }
    }

    private static async Task RunEngineAsync(BenchReporter reporter, string engine, double echoMs, CancellationToken cancellationToken)
    {
        await using var upstream = FakeAnthropicUpstream.Start();
        var settings = string.Join('\n',
            "nanoclaw.model.provider = anthropic",
            $"nanoclaw.model.base-url = \"{upstream.BaseUrl}\"",
            "nanoclaw.model.name = claude-sonnet-4-5",
            $"nanoclaw.agent.engine = {engine}");
        var node = await E2eNodeProcess.StartAsync(cancellationToken, settings, anthropicKey: "bench-key");
        try
        {
            var (firstMs, warm, health, cold) = await E2eChat.MeasureAsync(node, WarmMessages, ColdGroups, HealthRoundTrips, cancellationToken);
            reporter.Report($"e2e.warm.{engine}.p50", E2eChat.Percentile(warm, 0.50), "ms", E2eChat.Percentile(health, 0.50));
            reporter.Report($"e2e.cold.{engine}", E2eChat.Percentile(cold, 0.50), "ms", echoMs);
            reporter.Note(string.Create(CultureInfo.InvariantCulture,
                $"e2e.{engine}: fake Anthropic upstream on 127.0.0.1 ({upstream.Requests} model calls); warm: {WarmMessages} messages to web:main after a first of {firstMs:N0} ms, p99 {E2eChat.Percentile(warm, 0.99):0.0} ms, baseline GET /healthz p50; cold: first message of {ColdGroups} fresh groups (min {cold.Min():N0}, max {cold.Max():N0} ms), baseline `echo ready` container run p50"));
        }
        finally
        {
            await node.DisposeAsync();
            reporter.Note($"e2e.{engine}: node stopped with SIGTERM, exit code {node.ExitCode}, containers left behind: {node.Leftovers}");
        }
    }
}
