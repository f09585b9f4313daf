using NanoClaw.Actors.Persistence;

namespace NanoClaw.Actors.Groups;

/// <summary>An inbound message was stored; <paramref name="Sequence"/> orders the group's messages and is what the cursor counts.</summary>
public sealed record MessageStored(long Sequence, StoredMessage Message) : IPersisted;

/// <summary>The agent's session changed (null: start fresh next time).</summary>
public sealed record SessionChanged(string? SessionId) : IPersisted;

/// <summary>
/// A reply is due for <paramref name="ChatId"/>: written before it is sent (an outbox), so a crash
/// in between re-sends it instead of losing it. <paramref name="TurnCursor"/> is where the cursor
/// goes once the turn that produced it ends (0 for notices outside a turn).
/// </summary>
public sealed record ReplyProduced(string DeliveryId, string ChatId, string Text, long TurnCursor) : IPersisted;

/// <summary>The platform accepted the reply, or gave up on it (<paramref name="Error"/>).</summary>
public sealed record ReplyDelivered(string DeliveryId, DateTimeOffset At, string? Error = null) : IPersisted;

/// <summary>Every message up to <paramref name="Cursor"/> has been handled.</summary>
public sealed record CursorAdvanced(long Cursor) : IPersisted;
