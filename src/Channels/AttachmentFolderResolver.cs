namespace NanoClaw.Channels;

/// <summary>
/// The folder a chat's attachments are downloaded into (its group's folder), or null when the chat is not
/// registered; attachments of such chats are described in the text but not downloaded.
/// </summary>
public delegate string? AttachmentFolderResolver(string chatId);
