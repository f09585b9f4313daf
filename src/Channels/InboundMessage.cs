namespace NanoClaw.Channels;

/// <summary>
/// A chat message as a channel hands it on. <c>ChatId</c> is prefixed (<c>telegram:-1001234</c>);
/// <c>MessageId</c> is the platform's id of the message, unique within the chat and used for dedupe.
/// <c>Text</c> already carries the trigger when the bot was mentioned and a line per attachment
/// (<c>[Photo: name]</c>, <c>[File: name]</c>).
/// </summary>
public sealed record InboundMessage(
    string ChatId,
    string MessageId,
    string SenderId,
    string SenderName,
    string Text,
    DateTimeOffset Timestamp,
    bool IsGroup)
{
    public ReplyContext? ReplyTo { get; init; }

    public IReadOnlyList<InboundAttachment> Attachments { get; init; } = [];
}
