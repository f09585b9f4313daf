namespace NanoClaw.Channels;

/// <summary>
/// Where a channel reports what arrives. Journal before ack: a channel acknowledges a message to its
/// platform (or advances its cursor) only after the returned task completed, so each task must
/// complete only once the message is persisted. A faulted task means "not stored": the channel does not
/// acknowledge and the platform delivers the message again. The sink dedupes by platform message id.
/// </summary>
public interface IChannelInbound
{
    Task OnMessageAsync(InboundMessage message, CancellationToken cancellationToken);

    /// <summary>Reported for every chat a message arrives from, registered or not, so unknown chats can be registered.</summary>
    Task OnChatMetadataAsync(ChatMetadata metadata, CancellationToken cancellationToken);
}
