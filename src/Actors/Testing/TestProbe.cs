using System.Collections.Concurrent;
using System.Diagnostics;
using NanoClaw.Actors.Kernel;

namespace NanoClaw.Actors.Testing;

/// <summary>
/// An actor driven by test code: it records what it receives, and the Expect methods wait for those
/// messages on real time. Usable wherever an <see cref="IActorRef"/> is. A Within block sets a
/// deadline every expectation inside it inherits; it is per probe.
/// </summary>
public sealed partial class TestProbe : IInternalActorRef, IActorRefProxy
{
    private readonly BlockingCollection<Envelope> _received = [];
    private readonly LocalActorRef _ref;
    private long? _deadline;

    internal TestProbe(ActorSystem system, string name)
    {
        System = system;
        _ref = (LocalActorRef)system.SystemActorOf(Props.Create(() => new ProbeActor(_received)), name);
    }

    public IActorRef Ref => _ref;

    public ActorPath Path => _ref.Path;

    public ActorSystem System { get; }

    /// <summary>The sender of the last message an expectation returned.</summary>
    public IActorRef LastSender { get; private set; } = ActorRefs.Nobody;

    /// <summary>The last message an expectation returned.</summary>
    public object? LastMessage { get; private set; }

    /// <summary>Time left in the innermost Within block, or the 3 second default outside one.</summary>
    public TimeSpan RemainingOrDefault => _deadline is { } deadline ? Remaining(deadline) : TestKitDefaults.SingleExpectDefault;

    bool IInternalActorRef.IsTerminated => _ref.IsTerminated;

    IActorRef IActorRefProxy.Underlying => _ref;

    public void Tell(object message, IActorRef? sender = null) => _ref.Tell(message, sender);

    void IInternalActorRef.SendSystem(SystemMessage message) => _ref.SendSystem(message);

    /// <summary>Sends <paramref name="message"/> to <paramref name="target"/> with this probe as the sender.</summary>
    public void Send(IActorRef target, object message)
    {
        ArgumentNullException.ThrowIfNull(target);
        target.Tell(message, _ref);
    }

    /// <summary>Answers the sender of the last received message, as this probe.</summary>
    public void Reply(object message) => LastSender.Tell(message, _ref);

    /// <summary>Sends the last received message on to <paramref name="target"/>, keeping its original sender.</summary>
    public void Forward(IActorRef target)
    {
        ArgumentNullException.ThrowIfNull(target);
        target.Tell(LastMessage ?? throw new InvalidOperationException("No message has been received yet."), LastSender);
    }

    /// <summary>Watches <paramref name="target"/>; its <see cref="Terminated"/> will be received like any message.</summary>
    public IActorRef Watch(IActorRef target)
    {
        ArgumentNullException.ThrowIfNull(target);
        _ref.Tell(new ProbeCommand.StartWatching(target), ActorRefs.NoSender);
        return target;
    }

    public IActorRef Unwatch(IActorRef target)
    {
        ArgumentNullException.ThrowIfNull(target);
        _ref.Tell(new ProbeCommand.StopWatching(target), ActorRefs.NoSender);
        return target;
    }

    public override string ToString() => _ref.ToString();

    private static TimeSpan Remaining(long deadline)
    {
        var left = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), deadline);
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }
}
