using NanoClaw.Actors.Kernel;

namespace NanoClaw.Actors.Events;

/// <summary>A message that could not be delivered, published on the event stream.</summary>
/// <param name="Message">The undelivered message.</param>
/// <param name="Sender">Its sender, or <see cref="ActorRefs.Nobody"/>.</param>
/// <param name="Recipient">Where it was addressed.</param>
public sealed record DeadLetter(object Message, IActorRef Sender, IActorRef Recipient)
{
    public Type MessageType => Message.GetType();
}
