using NanoClaw.Actors.Node;
using System.Threading.Channels;
using Akka.Actor;

namespace NanoClaw.Bench.Suites.Kernel;

/// <summary>
/// <c>kernel.spawn</c>: a parent creates 100,000 children, each answers one message, then the parent
/// stops and with it every child; reported as full lifecycles (create, message, stop) per second.
/// The baseline does the same with one unbounded channel and one reading task per "child".
/// </summary>
internal static class SpawnFigure
{
    private const int Children = 100_000;
    private const int Runs = 3;

    public static async Task RunAsync(BenchReporter reporter, CancellationToken cancellationToken)
    {
        await using var bench = BenchActorSystem.Create("bench-spawn");
        var system = bench.System;

        var actors = await Measure.MedianAsync(Runs, () =>
        {
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            system.ActorOf(FactoryProps.Create(() => new Spawner(Children, done)));
            return done.Task;
        }, cancellationToken);
        var channels = await Measure.MedianAsync(Runs, ChannelSpawnAsync, cancellationToken);

        reporter.Report("kernel.spawn", Children / actors.Wall.TotalSeconds, "lifecycles/s", Children / channels.Wall.TotalSeconds);
        reporter.Note($"kernel.spawn cpu: {actors.Cpu.TotalNanoseconds / Children:0} ns/lifecycle, baseline {channels.Cpu.TotalNanoseconds / Children:0} ns/lifecycle");
    }

    private static async Task ChannelSpawnAsync()
    {
        var replies = Channel.CreateUnbounded<object>();
        var inboxes = new Channel<object>[Children];
        var children = new Task[Children];
        for (var i = 0; i < Children; i++)
        {
            inboxes[i] = Channel.CreateUnbounded<object>(new UnboundedChannelOptions { SingleReader = true });
            children[i] = EchoAsync(inboxes[i].Reader, replies.Writer);
            inboxes[i].Writer.TryWrite(PingPongActors.Ping);
        }

        for (var i = 0; i < Children; i++)
        {
            await replies.Reader.ReadAsync();
        }

        foreach (var inbox in inboxes)
        {
            inbox.Writer.Complete();
        }

        await Task.WhenAll(children);
    }

    private static async Task EchoAsync(ChannelReader<object> inbox, ChannelWriter<object> replies)
    {
        await foreach (var message in inbox.ReadAllAsync())
        {
            replies.TryWrite(message);
        }
    }

    private sealed class Spawner(int children, TaskCompletionSource done) : ActorBase
    {
        private static readonly Props ChildProps = FactoryProps.Create(() => new Child());
        private int _replies;

        protected override void PreStart()
        {
            for (var i = 0; i < children; i++)
            {
                Context.ActorOf(ChildProps).Tell(PingPongActors.Ping, Self);
            }
        }

        protected override bool Receive(object message)
        {
            if (++_replies == children)
            {
                Context.Stop(Self);
            }

            return true;
        }

        // Runs only after every child has terminated.
        protected override void PostStop() => done.SetResult();
    }

    private sealed class Child : ActorBase
    {
        protected override bool Receive(object message)
        {
            Sender.Tell(message, Self);
            return true;
        }
    }
}
