namespace NanoClaw.Actors.Groups;

/// <summary>
/// An inbound chat message as the group actor keeps it: what the prompt shows and what the
/// trigger, allowlist and dedupe rules look at.
/// </summary>
/// <param name="ChatId">The chat it arrived in, <c>&lt;channel&gt;:&lt;platform id&gt;</c>.</param>
/// <param name="MessageId">The platform's id for the message; with <paramref name="ChatId"/> it identifies the message for dedupe.</param>
/// <param name="SenderId">The platform's id for the sender; the sender allowlist matches it exactly.</param>
/// <param name="SenderName">The name the prompt shows as <c>sender</c>.</param>
/// <param name="Text">The message text as the platform delivered it.</param>
/// <param name="Timestamp">When the platform says the message was sent.</param>
/// <param name="ReplyTo">The message this one answers, when the platform reports one.</param>
/// <param name="IsFromMe">Sent from the owner's own account (a self chat); such messages may always trigger.</param>
/// <param name="IsFromAssistant">Sent by the assistant itself; never part of a prompt.</param>
public sealed record StoredMessage(
    string ChatId,
    string MessageId,
    string SenderId,
    string SenderName,
    string Text,
    DateTimeOffset Timestamp,
    QuotedMessage? ReplyTo = null,
    bool IsFromMe = false,
    bool IsFromAssistant = false);
