using Microsoft.Extensions.Logging;
using NanoClaw.Actors.Events;
using NanoClaw.Actors.Kernel;

namespace NanoClaw.Actors.Pattern;

/// <summary>The bounded buffer that holds messages while the child is down.</summary>
public sealed partial class BackoffSupervisor
{
    private readonly Queue<(object Message, IActorRef? Sender)> _buffer = new();

    private void Buffer(object message, IActorRef? sender)
    {
        if (_buffer.Count >= _options.BufferCapacity)
        {
            var (oldest, oldestSender) = _options.BufferCapacity == 0 ? (message, sender) : _buffer.Dequeue();
            Log.LogWarning(
                "The buffer of child {ChildName} is full ({Capacity} messages) while it is down; {MessageType} goes to dead letters",
                _options.ChildName,
                _options.BufferCapacity,
                oldest.GetType().Name);
            ToDeadLetters(oldest, oldestSender);
            if (_options.BufferCapacity == 0)
            {
                return;
            }
        }

        _buffer.Enqueue((message, sender));
    }

    private void DeliverBuffer(IActorRef child)
    {
        while (_buffer.TryDequeue(out var buffered))
        {
            child.Tell(buffered.Message, buffered.Sender);
        }
    }

    private void DropBuffer()
    {
        while (_buffer.TryDequeue(out var buffered))
        {
            ToDeadLetters(buffered.Message, buffered.Sender);
        }
    }

    private void ToDeadLetters(object message, IActorRef? sender) =>
        Context.System.DeadLetters.Tell(new DeadLetter(message, sender ?? ActorRefs.Nobody, Self));
}
