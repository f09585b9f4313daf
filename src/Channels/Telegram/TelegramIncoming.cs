namespace NanoClaw.Channels.Telegram;

/// <summary>A Telegram message read from an update, before its files are fetched.</summary>
internal sealed record TelegramIncoming(
    InboundMessage Message,
    string ChatName,
    string ChatType,
    long SenderNumericId,
    IReadOnlyList<TelegramFile> Files);
