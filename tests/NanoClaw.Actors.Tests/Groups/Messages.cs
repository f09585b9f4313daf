using NanoClaw.Actors.Groups;

namespace NanoClaw.Actors.Tests.Groups;

/// <summary>Builds messages for the group rule tests at fixed instants.</summary>
internal static class Messages
{
    public const string Chat = "telegram:-100123";

    public static readonly DateTimeOffset Noon = new(2024, 1, 1, 12, 0, 0, TimeSpan.Zero);

    public static StoredMessage From(string senderId, string text, string? chatId = null, int minute = 0) =>
        new(chatId ?? Chat, "m-" + senderId + "-" + minute, senderId, "Name of " + senderId, text, Noon.AddMinutes(minute));

    public static PendingMessage Pending(long sequence, string text, bool fromAssistant = false) =>
        new(sequence, From("s" + sequence, text, minute: (int)sequence) with { IsFromAssistant = fromAssistant });
}
