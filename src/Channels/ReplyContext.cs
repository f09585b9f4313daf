namespace NanoClaw.Channels;

/// <summary>The message an inbound message replies to or quotes, as far as the platform tells.</summary>
public sealed record ReplyContext(string? MessageId, string? SenderName, string? Text);
