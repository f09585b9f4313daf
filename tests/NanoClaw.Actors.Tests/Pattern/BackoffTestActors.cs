using NanoClaw.Actors.Kernel;
using NanoClaw.Actors.Pattern;

namespace NanoClaw.Actors.Tests.Pattern;

/// <summary>Sent by <see cref="BackoffChild"/> from PreStart, once per incarnation.</summary>
public sealed record ChildStarted(IActorRef Child);

/// <summary>
/// The supervised child: "stop" stops it, "fail" throws, "reset" sends <see cref="Reset"/> to its
/// parent, "to-parent" sends a message to its parent; anything else is echoed to the sender.
/// </summary>
public sealed class BackoffChild : ReceiveActor
{
    private readonly IActorRef _probe;

    public BackoffChild(IActorRef probe)
    {
        _probe = probe;
        Receive<string>(s => s == "stop", _ => Context.Stop(Self));
        Receive<string>(s => s == "fail", _ => throw new InvalidOperationException("child failed"));
        Receive<string>(s => s == "reset", _ => Context.Parent.Tell(Reset.Instance));
        Receive<string>(s => s == "to-parent", _ => Context.Parent.Tell("from child"));
        Receive<string>(s => Sender.Tell($"echo {s}"));
    }

    protected override void PreStart() => _probe.Tell(new ChildStarted(Self));

    protected override void PostStop() => _probe.Tell("stopped");
}

/// <summary>Creates a backoff supervisor as its child and forwards whatever it receives to the probe.</summary>
public sealed class BackoffParent : ReceiveActor
{
    public BackoffParent(Props supervisor, IActorRef probe)
    {
        Context.ActorOf(supervisor, "supervisor");
        ReceiveAny(m => probe.Tell(m, Sender));
    }
}
