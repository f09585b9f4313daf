namespace NanoClaw.Actors.Groups;

/// <summary>
/// Whether new messages wake a group's agent. The main group and groups with requires-trigger
/// off wake on every message; other groups wake only on a message that starts with the trigger
/// and comes from the owner's own account or from a sender the allowlist lets trigger. Messages
/// that do not wake the agent stay pending and ride along as context with the next batch.
/// </summary>
/// <param name="IsMain">The owner's private group; it never needs the trigger.</param>
/// <param name="RequiresTrigger">Off means every message triggers; NanoClaw's default is on.</param>
/// <param name="Matcher">The group's trigger.</param>
public sealed record TriggerGate(bool IsMain, bool RequiresTrigger, TriggerMatcher Matcher)
{
    /// <summary>True when <paramref name="message"/> alone would wake the agent.</summary>
    public bool IsTriggeredBy(StoredMessage message, SenderAllowlist allowlist)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(allowlist);
        if (IsMain || !RequiresTrigger)
        {
            return true;
        }

        return Matcher.Matches(message.Text) && allowlist.CanTrigger(message);
    }

    /// <summary>True when any of <paramref name="messages"/> wakes the agent.</summary>
    public bool AnyTriggers(IEnumerable<StoredMessage> messages, SenderAllowlist allowlist)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return messages.Any(message => IsTriggeredBy(message, allowlist));
    }
}
