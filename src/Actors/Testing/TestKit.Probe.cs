using NanoClaw.Actors.Kernel;

namespace NanoClaw.Actors.Testing;

/// <summary>The default probe's expectations, for tests that need only one probe.</summary>
public abstract partial class TestKit
{
    public T ExpectMsg<T>(Predicate<T>? predicate = null, TimeSpan? timeout = null) => Probe.ExpectMsg(predicate, timeout);

    public T ExpectMsg<T>(T expected, TimeSpan? timeout = null) => Probe.ExpectMsg(expected, timeout);

    public void ExpectNoMsg(TimeSpan duration) => Probe.ExpectNoMsg(duration);

    public Terminated ExpectTerminated(IActorRef target, TimeSpan? timeout = null) => Probe.ExpectTerminated(target, timeout);

    public T FishForMessage<T>(Predicate<T> isTheOne, TimeSpan? timeout = null) => Probe.FishForMessage(isTheOne, timeout);

    public IReadOnlyList<object> ReceiveN(int count, TimeSpan? timeout = null) => Probe.ReceiveN(count, timeout);

    public object? ReceiveOne(TimeSpan? timeout = null) => Probe.ReceiveOne(timeout);

    public IActorRef Watch(IActorRef target) => Probe.Watch(target);

    public IActorRef Unwatch(IActorRef target) => Probe.Unwatch(target);

    public void Within(TimeSpan max, Action action) => Probe.Within(max, action);

    public void Within(TimeSpan min, TimeSpan max, Action action) => Probe.Within(min, max, action);

    public T Within<T>(TimeSpan max, Func<T> function) => Probe.Within(max, function);

    public void AwaitAssert(Action assertion, TimeSpan? duration = null, TimeSpan? interval = null) => Probe.AwaitAssert(assertion, duration, interval);

    public void AwaitCondition(Func<bool> condition, TimeSpan? max = null, TimeSpan? interval = null, string? message = null) =>
        Probe.AwaitCondition(condition, max, interval, message);
}
