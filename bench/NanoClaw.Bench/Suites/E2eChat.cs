using System.Globalization;
using NanoClaw.Containers.Docker;

namespace NanoClaw.Bench.Suites;

/// <summary>
/// <c>e2e.warm</c> and <c>e2e.cold</c>: a message posted over HTTP to the real node until its reply
/// is readable through the long poll, with the mock model in the agent container. Warm: 200
/// messages one after another to web:main, whose container stays up; cold: the first message of
/// each of 10 fresh groups, so each one includes starting its container.
/// </summary>
internal static class E2eChat
{
    private const string MainChat = "web:main";
    private const int WarmMessages = 200;
    private const int ColdGroups = 10;
    private const int HealthRoundTrips = 200;

    public static async Task RunAsync(BenchReporter reporter, CancellationToken cancellationToken)
    {
        var image = Environment.GetEnvironmentVariable("NANOCLAW_IMAGE") ?? "nanoclaw-agent:latest";
        var node = await E2eNodeProcess.StartAsync(cancellationToken);
        try
        {
            var (firstMs, warm, health, cold) = await MeasureAsync(node, WarmMessages, ColdGroups, HealthRoundTrips, cancellationToken);
            reporter.Report("e2e.warm.p50", Percentile(warm, 0.50), "ms", Percentile(health, 0.50));
            reporter.Report("e2e.warm.p99", Percentile(warm, 0.99), "ms", Percentile(health, 0.50));
            reporter.Note(Invariant($"e2e.warm: {WarmMessages} messages to {MainChat}, POST to reply via long poll; first message (container start) {firstMs:N0} ms; max {warm.Max():0.0} ms; baseline GET /healthz p50 (p99 {Percentile(health, 0.99):0.0} ms)"));

            var engine = await EngineRunsAsync(image, cancellationToken);
            reporter.Report("e2e.cold", Percentile(cold, 0.50), "ms", Percentile(engine, 0.50));
            reporter.Note(Invariant($"e2e.cold: first message of {ColdGroups} fresh groups (min {cold.Min():N0}, max {cold.Max():N0} ms); baseline: create, start, wait and remove of `echo ready` in {image} through the Docker API (ContainerRunner), p50 of {engine.Count}"));
        }
        finally
        {
            await node.DisposeAsync();
            reporter.Note($"e2e: node stopped with SIGTERM, exit code {node.ExitCode}, containers left behind: {node.Leftovers}");
        }
    }

    /// <summary>
    /// After a first message to web:main (its container start), <paramref name="warmMessages"/> more
    /// one after another, <paramref name="healthRoundTrips"/> health checks, and the first message
    /// of <paramref name="coldGroups"/> fresh groups: each ms from the POST to the readable reply.
    /// </summary>
    internal static async Task<ChatFigures> MeasureAsync(E2eNodeProcess node, int warmMessages, int coldGroups, int healthRoundTrips, CancellationToken cancellationToken)
    {
        var cursor = await node.CursorAsync(MainChat, cancellationToken);
        var (firstMs, next) = await node.SendAndAwaitReplyAsync(MainChat, "warm up", cursor, cancellationToken);
        cursor = next;
        var warm = new List<double>(warmMessages);
        for (var i = 0; i < warmMessages; i++)
        {
            var (ms, after) = await node.SendAndAwaitReplyAsync(MainChat, $"message {i}", cursor, cancellationToken);
            warm.Add(ms);
            cursor = after;
        }

        var health = new List<double>(healthRoundTrips);
        for (var i = 0; i < healthRoundTrips; i++)
        {
            health.Add(await node.HealthRoundTripAsync(cancellationToken));
        }

        var cold = new List<double>(coldGroups);
        for (var i = 0; i < coldGroups; i++)
        {
            var chat = $"web:cold{i}";
            await node.RegisterWebGroupAsync($"cold{i}", chat, cancellationToken);
            var start = await node.CursorAsync(chat, cancellationToken);
            cold.Add((await node.SendAndAwaitReplyAsync(chat, "hello", start, cancellationToken)).Ms);
        }

        return new ChatFigures(firstMs, warm, health, cold);
    }

    internal static async Task<List<double>> EngineRunsAsync(string image, CancellationToken cancellationToken)
    {
        using var client = DockerClient.FromEnvironment();
        var logs = Directory.CreateTempSubdirectory("nanoclaw-bench-").FullName;
        try
        {
            var probe = new ContainerStartProbe(client, image, logs);
            await probe.MeasureAsync(cancellationToken);
            var runs = new List<double>(ColdGroups);
            for (var i = 0; i < ColdGroups; i++)
            {
                runs.Add((await probe.MeasureAsync(cancellationToken)).TotalMs);
            }

            return runs;
        }
        finally
        {
            Directory.Delete(logs, recursive: true);
        }
    }

    internal static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(p * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
