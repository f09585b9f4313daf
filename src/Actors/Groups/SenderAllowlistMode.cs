namespace NanoClaw.Actors.Groups;

/// <summary>What happens to messages from senders an allowlist entry does not allow.</summary>
public enum SenderAllowlistMode
{
    /// <summary>Stored as context, but they never wake the agent (file value <c>"trigger"</c>).</summary>
    Trigger,

    /// <summary>Not stored at all (file value <c>"drop"</c>).</summary>
    Drop,
}
