namespace NanoClaw.Actors.Groups;

/// <summary>Stores an inbound message; answered with <see cref="MessageAccepted"/> once it is persisted (or known).</summary>
public sealed record StoreMessage(StoredMessage Message);

/// <summary>
/// The answer to <see cref="StoreMessage"/>: the channel may acknowledge the platform now.
/// <paramref name="Stored"/> is false for duplicates and for messages the rules drop.
/// </summary>
public sealed record MessageAccepted(string MessageId, bool Stored, string? Reason = null);

/// <summary>The registry changed the group (name, chats, trigger).</summary>
public sealed record UpdateGroup(Registry.RegisteredGroup Group);

/// <summary>Sends text to one of the group's chats through the outbox (agent's <c>send_message</c>); answered with <see cref="MessageAccepted"/>.</summary>
public sealed record SendToChat(string ChatId, string Text);

/// <summary>Asks for the group's state; answered with <see cref="Contracts.GroupStatus"/>.</summary>
public sealed record GetGroupStatus
{
    public static readonly GetGroupStatus Instance = new();
}
