namespace NanoClaw.Channels.Telegram;

/// <summary>An attachment of a Telegram message, fetched through <c>getFile</c> by its file id.</summary>
internal sealed record TelegramFile(AttachmentKind Kind, string FileId, string Name, long? Size);
