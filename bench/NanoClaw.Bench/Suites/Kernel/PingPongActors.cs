using Akka.Actor;

namespace NanoClaw.Bench.Suites.Kernel;

/// <summary>The actors of the hop and pipelined figures: a pinger keeps a window of pings in flight to an echoing ponger.</summary>
internal static class PingPongActors
{
    public static readonly object Ping = new();

    /// <summary>Starts a round: send <paramref name="Total"/> pings, at most <paramref name="Window"/> unanswered.</summary>
    public sealed record Run(IActorRef Ponger, int Total, int Window, TaskCompletionSource Done);

    public sealed class Ponger : ActorBase
    {
        protected override bool Receive(object message)
        {
            Sender.Tell(message, Self);
            return true;
        }
    }

    public sealed class Pinger : ActorBase
    {
        private Run? _run;
        private int _sent;
        private int _received;

        protected override bool Receive(object message)
        {
            if (ReferenceEquals(message, Ping))
            {
                var run = _run!;
                if (++_received == run.Total)
                {
                    run.Done.SetResult();
                }
                else if (_sent < run.Total)
                {
                    _sent++;
                    run.Ponger.Tell(Ping, Self);
                }

                return true;
            }

            if (message is Run start)
            {
                _run = start;
                _sent = _received = 0;
                for (var i = 0; i < start.Window; i++)
                {
                    _sent++;
                    start.Ponger.Tell(Ping, Self);
                }

                return true;
            }

            return false;
        }
    }
}
