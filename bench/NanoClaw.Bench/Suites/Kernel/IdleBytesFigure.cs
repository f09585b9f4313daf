using NanoClaw.Actors.Node;
using System.Threading.Channels;
using Akka.Actor;

namespace NanoClaw.Bench.Suites.Kernel;

/// <summary>
/// <c>kernel.idle-bytes</c>: managed bytes still reachable per actor after 100,000 top-level actors
/// have each handled one message and gone idle, measured across a full blocking GC. Everything the
/// kernel keeps for them counts (cell, reference, path, mailbox, the guardian's registry entry).
/// The baseline is the same number of idle "channel actors": an unbounded channel with a task
/// awaiting its next message, each having answered one message.
/// </summary>
internal static class IdleBytesFigure
{
    private const int Count = 100_000;

    public static async Task RunAsync(BenchReporter reporter, CancellationToken cancellationToken)
    {
        var actors = await MeasureActorsAsync();
        cancellationToken.ThrowIfCancellationRequested();
        var channels = await MeasureChannelsAsync();

        reporter.Report("kernel.idle-bytes", actors, "bytes/actor", channels);
    }

    private static async Task<double> MeasureActorsAsync()
    {
        await using var bench = BenchActorSystem.Create("bench-idle");
        var system = bench.System;
        var refs = new IActorRef[Count];
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var counter = system.ActorOf(FactoryProps.Create(() => new Counter(Count, started)));
        var props = FactoryProps.Create(() => new IdleActor());
        await WarmUpAsync(system, props);

        var before = GC.GetTotalMemory(forceFullCollection: true);
        for (var i = 0; i < Count; i++)
        {
            refs[i] = system.ActorOf(props);
            refs[i].Tell(PingPongActors.Ping, counter);
        }

        await started.Task;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(refs);
        return (after - before) / (double)Count;
    }

    private static async Task WarmUpAsync(ActorSystem system, Props props)
    {
        var warm = system.ActorOf(props);
        await warm.Ask<object>(PingPongActors.Ping);
        await warm.GracefulStop(TimeSpan.FromSeconds(5));
    }

    private static async Task<double> MeasureChannelsAsync()
    {
        var inboxes = new Channel<object>[Count];
        var tasks = new Task[Count];
        var replies = Channel.CreateUnbounded<object>();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        for (var i = 0; i < Count; i++)
        {
            inboxes[i] = Channel.CreateUnbounded<object>(new UnboundedChannelOptions { SingleReader = true });
            tasks[i] = EchoAsync(inboxes[i].Reader, replies.Writer);
            inboxes[i].Writer.TryWrite(PingPongActors.Ping);
        }

        for (var i = 0; i < Count; i++)
        {
            await replies.Reader.ReadAsync();
        }

        var after = GC.GetTotalMemory(forceFullCollection: true);
        foreach (var inbox in inboxes)
        {
            inbox.Writer.Complete();
        }

        await Task.WhenAll(tasks);
        return (after - before) / (double)Count;
    }

    private static async Task EchoAsync(ChannelReader<object> inbox, ChannelWriter<object> replies)
    {
        await foreach (var message in inbox.ReadAllAsync())
        {
            replies.TryWrite(message);
        }
    }

    /// <summary>A typical small actor: one typed handler that answers.</summary>
    private sealed class IdleActor : ReceiveActor
    {
        public IdleActor() => ReceiveAny(message => Sender.Tell(message));
    }

    private sealed class Counter(int expected, TaskCompletionSource done) : ActorBase
    {
        private int _count;

        protected override bool Receive(object message)
        {
            if (++_count == expected)
            {
                done.SetResult();
            }

            return true;
        }
    }
}
