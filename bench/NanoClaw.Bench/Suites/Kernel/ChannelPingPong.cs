using System.Threading.Channels;

namespace NanoClaw.Bench.Suites.Kernel;

/// <summary>The baseline for hop and pipelined: the same exchange over two unbounded channels served by two tasks.</summary>
internal static class ChannelPingPong
{
    private static readonly UnboundedChannelOptions Options = new() { SingleReader = true, SingleWriter = true };

    public static Task RunAsync(int total, int window)
    {
        var pings = Channel.CreateUnbounded<object>(Options);
        var pongs = Channel.CreateUnbounded<object>(Options);
        var ponger = Task.Run(async () =>
        {
            await foreach (var message in pings.Reader.ReadAllAsync())
            {
                pongs.Writer.TryWrite(message);
            }
        });
        var pinger = Task.Run(async () =>
        {
            var sent = 0;
            for (; sent < window; sent++)
            {
                pings.Writer.TryWrite(PingPongActors.Ping);
            }

            for (var received = 0; received < total; received++)
            {
                await pongs.Reader.ReadAsync();
                if (sent < total)
                {
                    sent++;
                    pings.Writer.TryWrite(PingPongActors.Ping);
                }
            }

            pings.Writer.Complete();
        });
        return Task.WhenAll(pinger, ponger);
    }
}
