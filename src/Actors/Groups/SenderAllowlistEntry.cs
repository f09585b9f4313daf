namespace NanoClaw.Actors.Groups;

/// <summary>One allowlist rule: who is allowed, and what happens to the others.</summary>
/// <param name="AllowedSenders">The allowed sender ids, matched exactly; null stands for <c>"*"</c>, anyone. An empty set allows no one.</param>
/// <param name="Mode">What happens to messages from senders not allowed.</param>
public sealed record SenderAllowlistEntry(IReadOnlySet<string>? AllowedSenders, SenderAllowlistMode Mode)
{
    /// <summary>Anyone may trigger: the rule when no file says otherwise.</summary>
    public static SenderAllowlistEntry AllowAll { get; } = new(null, SenderAllowlistMode.Trigger);

    /// <summary>True when the entry allows <paramref name="senderId"/>.</summary>
    public bool Allows(string senderId) => AllowedSenders is null || AllowedSenders.Contains(senderId);
}
