namespace NanoClaw.Channels;

/// <summary>
/// One chat platform. A channel owns every chat id that starts with its <see cref="Prefix"/>, reports
/// inbound messages to the <see cref="IChannelInbound"/> it was built with, and delivers replies.
/// </summary>
public interface IChannel
{
    /// <summary>Short platform name: telegram, slack, discord, whatsapp, web.</summary>
    string Name { get; }

    /// <summary>The chat id prefix this channel owns, including the colon (for example <c>telegram:</c>).</summary>
    string Prefix { get; }

    /// <summary>Whether the platform connection is up right now; sends queue while it is not.</summary>
    bool IsConnected { get; }

    /// <summary>Whether the platform shows a typing indicator; when false <see cref="SetTypingAsync"/> does nothing.</summary>
    bool SupportsTyping { get; }

    /// <summary>Connection state and deliveries given up on, for the health endpoint.</summary>
    ChannelHealth Health { get; }

    bool OwnsChatId(string chatId);

    /// <summary>
    /// Opens the platform connection. Throws when the first attempt fails, so the caller's supervisor
    /// decides what to do; once connected, dropped connections are reopened with backoff until
    /// <see cref="DisconnectAsync"/>.
    /// </summary>
    Task ConnectAsync(CancellationToken cancellationToken);

    /// <summary>Closes the connection. Sends still queued stay queued and go out after the next connect.</summary>
    Task DisconnectAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Queues <paramref name="text"/> for the chat, split at the platform's limit. The task completes when
    /// every part was delivered and faults with <see cref="DeliveryFailedException"/> when a part was
    /// rejected on every try. Cancelling stops the wait, not the delivery.
    /// </summary>
    Task SendAsync(string chatId, string text, CancellationToken cancellationToken);

    /// <summary>
    /// Shows or clears the typing indicator. Platforms show it for a few seconds only, so the caller repeats
    /// it while the agent works. Best effort: failures are logged, never thrown.
    /// </summary>
    Task SetTypingAsync(string chatId, bool isTyping, CancellationToken cancellationToken);
}
