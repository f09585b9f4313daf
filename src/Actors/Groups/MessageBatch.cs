namespace NanoClaw.Actors.Groups;

/// <summary>The messages of the next prompt and where the cursor stands once they are handled.</summary>
/// <param name="Messages">Oldest first; empty when there is nothing to send.</param>
/// <param name="CursorAfter">The cursor once the batch is done: the newest sequence looked at.</param>
/// <param name="Skipped">Messages since the cursor that the batch passes over (older than the cap allows, or never shown to the agent).</param>
public sealed record MessageBatch(IReadOnlyList<StoredMessage> Messages, long CursorAfter, int Skipped)
{
    /// <summary>True when the batch has no message for the agent.</summary>
    public bool IsEmpty => Messages.Count == 0;
}
