namespace NanoClaw.Actors.Groups;

/// <summary>
/// Which senders may wake the agent, per chat. A chat's own entry replaces the default entry
/// entirely. Messages from the owner's own account and from the assistant are never held back.
/// </summary>
/// <param name="Default">The entry for chats without their own.</param>
/// <param name="Chats">Entries by chat id (<c>&lt;channel&gt;:&lt;platform id&gt;</c>).</param>
/// <param name="LogDenied">Whether a trigger refused to a sender is logged; the default is true.</param>
public sealed record SenderAllowlist(
    SenderAllowlistEntry Default,
    IReadOnlyDictionary<string, SenderAllowlistEntry> Chats,
    bool LogDenied = true)
{
    /// <summary>Everyone may trigger everywhere: the allowlist when the file is missing or invalid.</summary>
    public static SenderAllowlist AllowAll { get; } =
        new(SenderAllowlistEntry.AllowAll, new Dictionary<string, SenderAllowlistEntry>());

    /// <summary>The entry that rules <paramref name="chatId"/>.</summary>
    public SenderAllowlistEntry EntryFor(string chatId) =>
        Chats.TryGetValue(chatId, out var entry) ? entry : Default;

    /// <summary>True when the chat's entry allows the sender.</summary>
    public bool IsSenderAllowed(string chatId, string senderId) => EntryFor(chatId).Allows(senderId);

    /// <summary>
    /// False for a message the chat's <see cref="SenderAllowlistMode.Drop"/> entry refuses: it is
    /// neither stored nor shown to the agent.
    /// </summary>
    public bool ShouldStore(StoredMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.IsFromMe || message.IsFromAssistant)
        {
            return true;
        }

        var entry = EntryFor(message.ChatId);
        return entry.Mode != SenderAllowlistMode.Drop || entry.Allows(message.SenderId);
    }

    /// <summary>True when the message's sender may wake the agent with the trigger.</summary>
    public bool CanTrigger(StoredMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.IsFromMe || IsSenderAllowed(message.ChatId, message.SenderId);
    }
}
