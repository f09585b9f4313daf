using NanoClaw.Actors.Kernel;

namespace NanoClaw.Actors.Events;

/// <summary>
/// Publish/subscribe by type: a subscriber to a type receives every published event assignable to
/// it, once per event however many of its channels match. Publishing is lock-free; subscribers of
/// a terminated actor are removed when it stops.
/// </summary>
public sealed class EventStream
{
    private readonly Lock _gate = new();

    /// <summary>Copy-on-write; replaced under <see cref="_gate"/>, read without it.</summary>
    private Subscriber[] _subscribers = [];

    /// <summary>Subscribes <paramref name="subscriber"/> to <paramref name="channel"/>; false if it already was.</summary>
    public bool Subscribe(IActorRef subscriber, Type channel)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        ArgumentNullException.ThrowIfNull(channel);
        subscriber = ActorRefIdentity.Of(subscriber);
        lock (_gate)
        {
            var index = IndexOf(_subscribers, subscriber);
            if (index < 0)
            {
                _subscribers = [.. _subscribers, new Subscriber(subscriber, [channel])];
                return true;
            }

            var current = _subscribers[index];
            if (current.Channels.Contains(channel))
            {
                return false;
            }

            var copy = (Subscriber[])_subscribers.Clone();
            copy[index] = current with { Channels = [.. current.Channels, channel] };
            _subscribers = copy;
            return true;
        }
    }

    public bool Subscribe<T>(IActorRef subscriber) => Subscribe(subscriber, typeof(T));

    /// <summary>Removes one channel of <paramref name="subscriber"/>; false if it was not subscribed to it.</summary>
    public bool Unsubscribe(IActorRef subscriber, Type channel)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        ArgumentNullException.ThrowIfNull(channel);
        subscriber = ActorRefIdentity.Of(subscriber);
        lock (_gate)
        {
            var index = IndexOf(_subscribers, subscriber);
            if (index < 0 || !_subscribers[index].Channels.Contains(channel))
            {
                return false;
            }

            var channels = _subscribers[index].Channels.Where(c => c != channel).ToArray();
            var copy = _subscribers.ToList();
            if (channels.Length == 0)
            {
                copy.RemoveAt(index);
            }
            else
            {
                copy[index] = copy[index] with { Channels = channels };
            }

            _subscribers = [.. copy];
            return true;
        }
    }

    public bool Unsubscribe<T>(IActorRef subscriber) => Unsubscribe(subscriber, typeof(T));

    /// <summary>Removes every channel of <paramref name="subscriber"/>; false if it had none.</summary>
    public bool Unsubscribe(IActorRef subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        subscriber = ActorRefIdentity.Of(subscriber);
        lock (_gate)
        {
            var index = IndexOf(_subscribers, subscriber);
            if (index < 0)
            {
                return false;
            }

            var copy = _subscribers.ToList();
            copy.RemoveAt(index);
            _subscribers = [.. copy];
            return true;
        }
    }

    public void Publish(object @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        var type = @event.GetType();
        foreach (var subscriber in Volatile.Read(ref _subscribers))
        {
            foreach (var channel in subscriber.Channels)
            {
                if (channel.IsAssignableFrom(type))
                {
                    subscriber.Ref.Tell(@event, ActorRefs.NoSender);
                    break;
                }
            }
        }
    }

    /// <summary>Called by every stopping actor, so it is cheap when the actor never subscribed.</summary>
    internal void UnsubscribeTerminated(IActorRef actor)
    {
        if (IndexOf(Volatile.Read(ref _subscribers), actor) >= 0)
        {
            Unsubscribe(actor);
        }
    }

    private static int IndexOf(Subscriber[] subscribers, IActorRef actor)
    {
        for (var i = 0; i < subscribers.Length; i++)
        {
            if (ReferenceEquals(subscribers[i].Ref, actor))
            {
                return i;
            }
        }

        return -1;
    }

    private sealed record Subscriber(IActorRef Ref, Type[] Channels);
}
