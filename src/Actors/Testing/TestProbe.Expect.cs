using NanoClaw.Actors.Kernel;

namespace NanoClaw.Actors.Testing;

/// <summary>Expectations on received messages.</summary>
public sealed partial class TestProbe
{
    /// <summary>Receives the next message and checks it is a <typeparamref name="T"/> matching <paramref name="predicate"/>.</summary>
    public T ExpectMsg<T>(Predicate<T>? predicate = null, TimeSpan? timeout = null)
    {
        var wait = timeout ?? RemainingOrDefault;
        var message = ReceiveOne(wait)
            ?? throw new TestKitAssertionException($"Timeout ({wait}) while waiting for a message of type {typeof(T).Name} at {Path}.");
        if (message is not T typed)
        {
            throw new TestKitAssertionException($"Expected a message of type {typeof(T).Name} at {Path} but received {Show(message)}.");
        }

        if (predicate is not null && !predicate(typed))
        {
            throw new TestKitAssertionException($"The message {Show(message)} received at {Path} does not match the expectation.");
        }

        return typed;
    }

    /// <summary>Receives the next message and checks it equals <paramref name="expected"/>.</summary>
    public T ExpectMsg<T>(T expected, TimeSpan? timeout = null)
    {
        var wait = timeout ?? RemainingOrDefault;
        var message = ReceiveOne(wait)
            ?? throw new TestKitAssertionException($"Timeout ({wait}) while waiting for {Show(expected)} at {Path}.");
        if (message is not T typed || !EqualityComparer<T>.Default.Equals(typed, expected))
        {
            throw new TestKitAssertionException($"Expected {Show(expected)} at {Path} but received {Show(message)}.");
        }

        return typed;
    }

    /// <summary>Checks that no message arrives within <paramref name="duration"/>; always pass a short one.</summary>
    public void ExpectNoMsg(TimeSpan duration)
    {
        if (_received.TryTake(out var envelope, duration))
        {
            Record(envelope);
            throw new TestKitAssertionException($"Expected no message at {Path} for {duration} but received {Show(envelope.Message)}.");
        }
    }

    /// <summary>Expects the <see cref="Terminated"/> of <paramref name="target"/>, which this probe must watch.</summary>
    public Terminated ExpectTerminated(IActorRef target, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        var identity = ActorRefIdentity.Of(target);
        return ExpectMsg<Terminated>(t => ReferenceEquals(t.ActorRef, identity), timeout);
    }

    /// <summary>Skips messages until one is a <typeparamref name="T"/> matching <paramref name="isTheOne"/>, within one timeout overall.</summary>
    public T FishForMessage<T>(Predicate<T> isTheOne, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(isTheOne);
        var wait = timeout ?? RemainingOrDefault;
        var deadline = DeadlineFrom(wait);
        while (true)
        {
            var message = ReceiveOne(Remaining(deadline))
                ?? throw new TestKitAssertionException($"Timeout ({wait}) while fishing for a {typeof(T).Name} at {Path}.");
            if (message is T typed && isTheOne(typed))
            {
                return typed;
            }
        }
    }

    /// <summary>Receives exactly <paramref name="count"/> messages within one timeout overall.</summary>
    public IReadOnlyList<object> ReceiveN(int count, TimeSpan? timeout = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var wait = timeout ?? RemainingOrDefault;
        var deadline = DeadlineFrom(wait);
        var messages = new List<object>(count);
        while (messages.Count < count)
        {
            var message = ReceiveOne(Remaining(deadline))
                ?? throw new TestKitAssertionException($"Timeout ({wait}) at {Path}: received {messages.Count} of {count} messages.");
            messages.Add(message);
        }

        return messages;
    }

    /// <summary>Receives the next message, or returns null when none arrives in time.</summary>
    public object? ReceiveOne(TimeSpan? timeout = null)
    {
        var wait = timeout ?? RemainingOrDefault;
        if (wait < TimeSpan.Zero || wait == Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), timeout, "Test-kit waits are finite and non-negative.");
        }

        if (!_received.TryTake(out var envelope, wait))
        {
            return null;
        }

        Record(envelope);
        return envelope.Message;
    }

    /// <summary>True when a message is waiting to be received.</summary>
    public bool HasMessages => _received.Count > 0;

    private void Record(Envelope envelope)
    {
        LastMessage = envelope.Message;
        LastSender = envelope.Sender ?? ActorRefs.Nobody;
    }

    private long DeadlineFrom(TimeSpan? timeout) =>
        global::System.Diagnostics.Stopwatch.GetTimestamp() + (long)((timeout ?? RemainingOrDefault).TotalSeconds * global::System.Diagnostics.Stopwatch.Frequency);

    private static string Show(object? message) => message is null ? "null" : $"{message.GetType().Name} {message}";
}
