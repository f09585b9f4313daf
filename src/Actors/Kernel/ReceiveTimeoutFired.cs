namespace NanoClaw.Actors.Kernel;

/// <summary>The tick of a receive-timeout timer; stale when a message was processed after it was armed.</summary>
internal sealed record ReceiveTimeoutFired(long Generation) : Events.IDeadLetterSuppression;
