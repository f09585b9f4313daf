using NanoClaw.Channels;

namespace NanoClaw.Actors.Chats;

/// <summary>Sends through the channel that owns the chat id's prefix.</summary>
public sealed class ChannelReplySender(IEnumerable<IChannel> channels) : IReplySender
{
    private readonly IReadOnlyList<IChannel> _channels = [.. channels];

    public Task SendAsync(string chatId, string text, CancellationToken cancellationToken) =>
        Owner(chatId) is { } channel
            ? channel.SendAsync(chatId, text, cancellationToken)
            : Task.FromException(new InvalidOperationException($"no enabled channel owns chat '{chatId}'"));

    public Task SetTypingAsync(string chatId, bool isTyping, CancellationToken cancellationToken) =>
        Owner(chatId) is { SupportsTyping: true } channel ? channel.SetTypingAsync(chatId, isTyping, cancellationToken) : Task.CompletedTask;

    private IChannel? Owner(string chatId) => _channels.FirstOrDefault(c => c.OwnsChatId(chatId));
}
