using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace NanoClaw.Channels.Common;

/// <summary>
/// What every platform adapter shares: chat id ownership, the connect/reconnect loop with backoff, and the
/// outbound queue that survives disconnects. An adapter supplies <see cref="OpenAsync"/> (one connection
/// attempt), <see cref="RunAsync"/> (serve the connection until it drops) and <see cref="DeliverAsync"/>
/// (one platform call for one part).
/// </summary>
public abstract partial class ChannelBase : IChannel, IAsyncDisposable
{
    private readonly Channel<OutboundPart> _outbound = Channel.CreateUnbounded<OutboundPart>(
        new UnboundedChannelOptions { SingleReader = true });

    private readonly Lock _enqueueLock = new();
    private readonly ConnectionGate _gate = new();
    private readonly int _messageLimit;
    private CancellationTokenSource? _stopping;
    private Task _connectionLoop = Task.CompletedTask;
    private Task _sendLoop = Task.CompletedTask;

    protected ChannelBase(string name, string prefix, int messageLimit, ChannelContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Name = name;
        Prefix = prefix;
        _messageLimit = messageLimit;
        Context = context;
        Logger = context.LoggerFactory.CreateLogger("NanoClaw.Channels." + name);
    }

    public string Name { get; }

    public string Prefix { get; }

    public bool IsConnected => _gate.IsOpen;

    public virtual bool SupportsTyping => false;

    public ChannelHealth Health { get; } = new();

    protected ChannelContext Context { get; }

    protected ChannelTimings Timings => Context.Timings;

    protected TimeProvider Time => Context.TimeProvider;

    protected ILogger Logger { get; }

    public bool OwnsChatId(string chatId) =>
        chatId is not null && chatId.Length > Prefix.Length && chatId.StartsWith(Prefix, StringComparison.Ordinal);

    public Task SendAsync(string chatId, string text, CancellationToken cancellationToken)
    {
        if (!OwnsChatId(chatId))
        {
            throw new ArgumentException($"{Name} does not own chat id '{chatId}'", nameof(chatId));
        }

        var parts = MessageSplitter.Split(text, _messageLimit).Select(part => new OutboundPart(chatId, part)).ToList();

        // The parts of one message go into the queue together, never interleaved with another send's.
        lock (_enqueueLock)
        {
            foreach (var part in parts)
            {
                _outbound.Writer.TryWrite(part);
            }
        }

        return Task.WhenAll(parts.Select(part => part.Done)).WaitAsync(cancellationToken);
    }

    public async Task SetTypingAsync(string chatId, bool isTyping, CancellationToken cancellationToken)
    {
        if (!SupportsTyping || !IsConnected || !OwnsChatId(chatId))
        {
            return;
        }

        try
        {
            await TypingAsync(ChatIds.PlatformId(chatId, Prefix), isTyping, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ChannelLog.TypingFailed(Logger, Name, chatId, ex);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await DisconnectAsync(CancellationToken.None).ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    /// <summary>One connection attempt; returns once the platform accepted it, throws when it did not.</summary>
    protected abstract Task OpenAsync(CancellationToken cancellationToken);

    /// <summary>Serves an open connection; returns or throws when it dropped, is cancelled on disconnect.</summary>
    protected abstract Task RunAsync(CancellationToken cancellationToken);

    /// <summary>Releases what <see cref="OpenAsync"/> acquired; called after a drop and on disconnect.</summary>
    protected virtual Task CloseAsync() => Task.CompletedTask;

    /// <summary>Sends one part to the platform chat (id without prefix). Throws <see cref="SendRejectedException"/> when refused.</summary>
    protected abstract Task DeliverAsync(string platformChatId, string text, CancellationToken cancellationToken);

    protected virtual Task TypingAsync(string platformChatId, bool isTyping, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Reports the chat, then the message; the task completes once the sink stored both.</summary>
    protected async Task ReportAsync(InboundMessage message, string? chatName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var metadata = new ChatMetadata(message.ChatId, chatName, Name, message.IsGroup, Time.GetUtcNow());
        await Context.Inbound.OnChatMetadataAsync(metadata, cancellationToken).ConfigureAwait(false);
        await Context.Inbound.OnMessageAsync(message, cancellationToken).ConfigureAwait(false);
    }
}
