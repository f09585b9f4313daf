namespace NanoClaw.Actors.Groups;

/// <summary>
/// Picks the next batch from the pending messages, as NanoClaw v1 does: every message after the
/// cursor except the assistant's own and empty ones, and over the cap only the newest (its query
/// takes the most recent N since the cursor). The older ones are passed over for good: the
/// cursor moves past everything looked at, so a long silence never floods one prompt.
/// </summary>
public static class BatchSelector
{
    /// <summary>The batch after <paramref name="cursor"/>, at most <paramref name="maxMessages"/> messages.</summary>
    /// <param name="pending">The group's pending messages, in any order.</param>
    /// <param name="cursor">The sequence of the last message already handed to the agent.</param>
    /// <param name="maxMessages">The cap; the default is <see cref="GroupDefaults.MaxMessagesPerPrompt"/>.</param>
    public static MessageBatch Next(
        IEnumerable<PendingMessage> pending,
        long cursor,
        int maxMessages = GroupDefaults.MaxMessagesPerPrompt)
    {
        ArgumentNullException.ThrowIfNull(pending);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        var since = pending.Where(item => item.Sequence > cursor).OrderBy(item => item.Sequence).ToList();
        if (since.Count == 0)
        {
            return new MessageBatch([], cursor, 0);
        }

        var eligible = since.Where(item => IsForAgent(item.Message)).Select(item => item.Message).ToList();
        var kept = eligible.Skip(Math.Max(0, eligible.Count - maxMessages)).ToList();
        return new MessageBatch(kept, since[^1].Sequence, since.Count - kept.Count);
    }

    private static bool IsForAgent(StoredMessage message) =>
        !message.IsFromAssistant && !string.IsNullOrEmpty(message.Text);
}
