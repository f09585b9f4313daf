using NanoClaw.Actors.Kernel;

namespace NanoClaw.Actors.Events;

/// <summary>A message that reached an actor whose behaviour did not handle it, published on the event stream.</summary>
public sealed record UnhandledMessage(object Message, IActorRef Sender, IActorRef Recipient);
