using NanoClaw.Actors.Node;
using Akka.Actor;
using static NanoClaw.Bench.Suites.Kernel.PingPongActors;

namespace NanoClaw.Bench.Suites.Kernel;

/// <summary>
/// <c>kernel.hop</c>: one pinger and one ponger with a single message in flight, so every message
/// pays a full enqueue, schedule and dequeue; reported as nanoseconds per message (two per round trip).
/// </summary>
internal static class HopFigure
{
    private const int RoundTrips = 500_000;
    private const int Runs = 5;

    public static async Task RunAsync(BenchReporter reporter, CancellationToken cancellationToken)
    {
        await using var bench = BenchActorSystem.Create("bench-hop");
        var system = bench.System;
        var ponger = system.ActorOf(FactoryProps.Create(() => new Ponger()));
        var pinger = system.ActorOf(FactoryProps.Create(() => new Pinger()));

        var actors = await Measure.MedianAsync(Runs, () =>
        {
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            pinger.Tell(new Run(ponger, RoundTrips, 1, done));
            return done.Task;
        }, cancellationToken);
        var channels = await Measure.MedianAsync(Runs, () => ChannelPingPong.RunAsync(RoundTrips, 1), cancellationToken);

        reporter.Report("kernel.hop", NanosPerMessage(actors.Wall), "ns/msg", NanosPerMessage(channels.Wall));
        reporter.Note($"kernel.hop cpu: {NanosPerMessage(actors.Cpu):0} ns/msg, baseline {NanosPerMessage(channels.Cpu):0} ns/msg");
    }

    private static double NanosPerMessage(TimeSpan elapsed) => elapsed.TotalNanoseconds / (2.0 * RoundTrips);
}
