using System.Globalization;
using Microsoft.Extensions.Logging;
using Akka.Actor;

namespace NanoClaw.Actors.Groups;

public sealed partial class GroupActor
{

    private void ReplyCommands()
    {
        Command<ReplySent>(sent => Persist(new ReplyDelivered(sent.DeliveryId, _services.Time.GetUtcNow()), Delivered));
        Command<ReplySendFailed>(failed =>
        {
            LogDeliveryFailed(Logger, _group.Folder, failed.DeliveryId, failed.Error);
            Persist(new ReplyDelivered(failed.DeliveryId, _services.Time.GetUtcNow(), failed.Error), Delivered);
        });
        Command<SendToChat>(send =>
        {
            Reply(send.ChatId, send.Text, 0);
            Sender.Tell(new MessageAccepted("", Stored: true));
        });
    }

    /// <summary>Writes the reply to the outbox, then sends it.</summary>
    private void Reply(string chatId, string text, long turnCursor)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"{_runId ?? "notice"}-{LastSequenceNr + 1}-{++_replyCounter}");
        Persist(new ReplyProduced(id, chatId, text, turnCursor), reply =>
        {
            Apply(reply);
            Deliver(reply);
        });
    }

    private void Deliver(ReplyProduced reply)
    {
        _ = _services.Replies.SendAsync(reply.ChatId, reply.Text, CancellationToken.None)
            .PipeTo(Self, success: () => new ReplySent(reply.DeliveryId), failure: ex => new ReplySendFailed(reply.DeliveryId, ex.Message));
    }

    private void Delivered(ReplyDelivered delivered)
    {
        Apply(delivered);
        MaybeSnapshot();
    }

    private void Typing(string chatId, bool typing) =>
        _ = _services.Replies.SetTypingAsync(chatId, typing, CancellationToken.None);

    private sealed record ReplySent(string DeliveryId);

    private sealed record ReplySendFailed(string DeliveryId, string Error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Group {Folder}: reply {DeliveryId} could not be delivered: {Error}")]
    private static partial void LogDeliveryFailed(ILogger logger, string folder, string deliveryId, string error);
}
