namespace NanoClaw.Actors.Groups;

/// <summary>A stored message with the group's sequence number, which orders messages and is what the cursor counts.</summary>
/// <param name="Sequence">Increasing in the order the group stored its messages.</param>
/// <param name="Message">The message.</param>
public sealed record PendingMessage(long Sequence, StoredMessage Message);
