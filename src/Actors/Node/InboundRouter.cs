using Akka.Actor;
using NanoClaw.Channels;
using NanoClaw.Actors.Groups;
using NanoClaw.Actors.Registry;

namespace NanoClaw.Actors.Node;

/// <summary>
/// Where every channel reports what arrives: finds the group that owns the chat and hands the
/// message to its actor, completing only once the message is persisted (journal before ack).
/// Messages from chats no group owns are recorded as seen, for registration, and go no further.
/// Nothing here buffers: while a group restarts its supervisor refuses at once and
/// <see cref="GroupUnavailableException"/> tells the caller to send the message again with the same id.
/// </summary>
public sealed class InboundRouter(GroupDirectory directory, IActorRef registry, TimeProvider timeProvider) : IChannelInbound
{
    /// <summary>How long a store may take before the channel treats it as failed. The default is 10 seconds.</summary>
    public static readonly TimeSpan StoreTimeout = TimeSpan.FromSeconds(10);

    public async Task OnMessageAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await Accept(message, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stores the message; the answer says whether it was new, or why not. Null when no group owns the chat.</summary>
    public async Task<MessageAccepted?> Accept(InboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await directory.Ready.WaitAsync(cancellationToken).ConfigureAwait(false);
        var group = directory.View.GroupOf(message.ChatId);
        if (group is null || directory.Group(group.Folder) is not { } actor)
        {
            registry.Tell(new RecordChat(new SeenChat(
                message.ChatId, message.IsGroup ? null : message.SenderName, Platform(message.ChatId), message.IsGroup, timeProvider.GetUtcNow())));
            return null;
        }

        var stored = new StoredMessage(
            message.ChatId,
            message.MessageId,
            message.SenderId,
            message.SenderName,
            message.Text,
            message.Timestamp,
            message.ReplyTo is { } reply ? new QuotedMessage(reply.MessageId, reply.SenderName, reply.Text) : null);
        try
        {
            return await actor.Ask<MessageAccepted>(new StoreMessage(stored), StoreTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (AskTimeoutException ex)
        {
            throw new GroupUnavailableException(group.Folder, ex);
        }
    }

    public Task OnChatMetadataAsync(ChatMetadata metadata, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        registry.Tell(new RecordChat(new SeenChat(metadata.ChatId, metadata.Name, metadata.Platform, metadata.IsGroup, metadata.LastSeen)));
        return Task.CompletedTask;
    }

    private static string Platform(string chatId) => chatId.Split(':', 2)[0];
}
