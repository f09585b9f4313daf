namespace NanoClaw.Actors.Groups;

/// <summary>
/// The message a reply answers. Platforms report what they know: an id alone, or the id with
/// the quoted sender and text.
/// </summary>
/// <param name="MessageId">The platform id of the answered message; shown as <c>reply_to</c> when present.</param>
/// <param name="SenderName">Who wrote the answered message.</param>
/// <param name="Text">The answered message's text; the quote is shown only with a sender and a text.</param>
public sealed record QuotedMessage(string? MessageId, string? SenderName = null, string? Text = null);
