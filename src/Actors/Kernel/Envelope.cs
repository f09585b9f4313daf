namespace NanoClaw.Actors.Kernel;

/// <summary>A message with the sender it was sent by, as held by a stash or the mailbox front.</summary>
internal readonly record struct Envelope(object Message, IActorRef? Sender);
