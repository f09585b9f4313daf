using NanoClaw.Actors.Node;
using Akka.Actor;
using static NanoClaw.Bench.Suites.Kernel.PingPongActors;

namespace NanoClaw.Bench.Suites.Kernel;

/// <summary>
/// <c>kernel.pipelined</c>: two ping-pong pairs, each keeping 1,000 messages in flight, so mailboxes
/// run full batches; reported as messages received per second across both pairs.
/// </summary>
internal static class PipelinedFigure
{
    private const int Pairs = 2;
    private const int Window = 1_000;
    private const int RoundTripsPerPair = 2_000_000;
    private const int Runs = 5;

    public static async Task RunAsync(BenchReporter reporter, CancellationToken cancellationToken)
    {
        var actors = await MeasureActorsAsync(Runs, cancellationToken);
        var channels = await Measure.MedianAsync(
            Runs,
            () => Task.WhenAll(Enumerable.Range(0, Pairs).Select(_ => ChannelPingPong.RunAsync(RoundTripsPerPair, Window))),
            cancellationToken);

        reporter.Report("kernel.pipelined", MessagesPerSecond(actors.Wall), "msg/s", MessagesPerSecond(channels.Wall));
        reporter.Note($"kernel.pipelined cpu: {NanosPerMessage(actors.Cpu):0.0} ns/msg, baseline {NanosPerMessage(channels.Cpu):0.0} ns/msg");
    }

    /// <summary>The actor side of the figure alone, median of <paramref name="runs"/>; other suites use it as their baseline.</summary>
    public static async Task<Measure.Sample> MeasureActorsAsync(int runs, CancellationToken cancellationToken)
    {
        await using var bench = BenchActorSystem.Create("bench-pipelined");
        var system = bench.System;
        var pairs = Enumerable.Range(0, Pairs)
            .Select(_ => (Pinger: system.ActorOf(FactoryProps.Create(() => new Pinger())), Ponger: system.ActorOf(Props.Create(() => new Ponger()))))
            .ToArray();

        return await Measure.MedianAsync(runs, () => Task.WhenAll(pairs.Select(pair =>
        {
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            pair.Pinger.Tell(new Run(pair.Ponger, RoundTripsPerPair, Window, done));
            return done.Task;
        })), cancellationToken);
    }

    /// <summary>Messages received per second in a run of the figure that took <paramref name="elapsed"/>.</summary>
    public static double MessagesPerSecond(TimeSpan elapsed) => 2.0 * Pairs * RoundTripsPerPair / elapsed.TotalSeconds;

    private static double NanosPerMessage(TimeSpan cpu) => cpu.TotalNanoseconds / (2.0 * Pairs * RoundTripsPerPair);
}
