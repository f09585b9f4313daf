using NanoClaw.Actors.Kernel;
using NanoClaw.Actors.Supervision;

namespace NanoClaw.Actors.Tests.Supervision;

/// <summary>Actors shared by the supervision tests.</summary>
internal static class SupervisionActors
{
    /// <summary>Creates the children it is sent (name, props) with the strategy it was given, and replies with their refs.</summary>
    public sealed class Supervisor : ReceiveActor
    {
        private readonly SupervisorStrategy _strategy;

        public Supervisor(SupervisorStrategy strategy)
        {
            _strategy = strategy;
            Receive<(string Name, Props Props)>(spec => Sender.Tell(Context.ActorOf(spec.Props, spec.Name)));
            Receive<Exception>(ex => throw ex);
        }

        protected override SupervisorStrategy SupervisorStrategy() => _strategy;
    }

    /// <summary>Counts "inc"; replies to "get"; throws any exception it is sent; reports its lifecycle.</summary>
    public sealed class Counter : ReceiveActor
    {
        private readonly IActorRef _probe;
        private readonly string _name;
        private int _count;

        public Counter(IActorRef probe, string name)
        {
            _probe = probe;
            _name = name;
            Receive<string>(s => s == "inc", _ => _count++);
            Receive<string>(s => s == "get", _ => Sender.Tell(_count));
            Receive<Exception>(ex => throw ex);
        }

        // Not calling the default (which runs PostStop) keeps "stopped" meaning stopped for good.
        protected override void PreRestart(Exception reason, object? message)
        {
        }

        protected override void PostRestart(Exception reason) => _probe.Tell($"{_name} restarted");

        protected override void PostStop() => _probe.Tell($"{_name} stopped");
    }
}
