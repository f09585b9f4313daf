namespace NanoClaw.Actors.Chats;

/// <summary>
/// One line of a chat's transcript. <paramref name="Cursor"/> is the sequence number of the group
/// event that recorded it, so it stays the same across restarts and orders the chat.
/// </summary>
/// <param name="Direction"><see cref="In"/> (to the assistant) or <see cref="Out"/> (its replies).</param>
public sealed record ChatEntry(long Cursor, string Id, string Direction, string Sender, string Text, DateTimeOffset Time)
{
    public const string In = "in";
    public const string Out = "out";
}
