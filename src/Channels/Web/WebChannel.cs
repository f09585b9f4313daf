namespace NanoClaw.Channels.Web;

/// <summary>
/// The built-in web chat: chat ids <c>web:&lt;name&gt;</c>, no account, always connected. Its
/// "platform" is the node itself: messages come in through the node's API and a reply counts as
/// delivered once the node has recorded it in the chat's transcript, so sending only accepts.
/// </summary>
public sealed class WebChannel : IChannel
{
    public WebChannel(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        Health.MarkConnected(timeProvider.GetUtcNow());
    }

    public string Name => "web";

    public string Prefix => ChatIds.Web;

    public bool IsConnected => true;

    public bool SupportsTyping => false;

    public ChannelHealth Health { get; } = new();

    public bool OwnsChatId(string chatId) =>
        chatId is not null && chatId.StartsWith(ChatIds.Web, StringComparison.Ordinal) && chatId.Length > ChatIds.Web.Length;

    public Task ConnectAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task DisconnectAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task SendAsync(string chatId, string text, CancellationToken cancellationToken)
    {
        if (!OwnsChatId(chatId))
        {
            throw new ArgumentException($"'{chatId}' is not a web chat id", nameof(chatId));
        }

        return Task.CompletedTask;
    }

    public Task SetTypingAsync(string chatId, bool isTyping, CancellationToken cancellationToken) => Task.CompletedTask;
}
