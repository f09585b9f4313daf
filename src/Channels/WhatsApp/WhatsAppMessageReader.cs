using System.Text.Json;
using NanoClaw.Channels.Common;

namespace NanoClaw.Channels.WhatsApp;

/// <summary>
/// Reads one entry of a webhook's <c>messages</c> array. Text, captions and media descriptions are taken;
/// reactions, system notices and unknown types are not (null). Every Cloud API chat is a direct chat.
/// </summary>
internal static class WhatsAppMessageReader
{
    public static InboundMessage? Read(JsonElement message, IReadOnlyDictionary<string, string> names)
    {
        var from = message.Str("from");
        var id = message.Str("id");
        if (from is null || id is null)
        {
            return null;
        }

        var (text, attachments) = ContentOf(message, id);
        if (text is null)
        {
            return null;
        }

        var timestamp = message.Long("timestamp") is { } seconds ? DateTimeOffset.FromUnixTimeSeconds(seconds) : default;
        var context = message.Obj("context");
        return new InboundMessage(
            ChatIds.WhatsApp + from, id, from, names.GetValueOrDefault(from, from), AttachmentText.Append(text, attachments), timestamp, IsGroup: false)
        {
            ReplyTo = context?.Str("id") is { } replyTo ? new ReplyContext(replyTo, context.Value.Str("from"), null) : null,
            Attachments = attachments,
        };
    }

    private static (string? Text, IReadOnlyList<InboundAttachment> Attachments) ContentOf(JsonElement message, string id)
    {
        var type = message.Str("type");
        if (type == "text")
        {
            return (message.Obj("text")?.Str("body"), []);
        }

        var (kind, fallbackName) = type switch
        {
            "image" => (AttachmentKind.Photo, $"image_{id}.jpg"),
            "video" => (AttachmentKind.Video, $"video_{id}.mp4"),
            "audio" => (message.Obj("audio")?.Bool("voice") == true ? AttachmentKind.Voice : AttachmentKind.Audio, $"audio_{id}.ogg"),
            "document" => (AttachmentKind.File, "file"),
            _ => ((AttachmentKind?)null, string.Empty),
        };
        if (kind is null || message.Obj(type!) is not { } media)
        {
            return (null, []);
        }

        var name = SafeFileName.From(media.Str("filename") ?? fallbackName, "file");
        return (media.Str("caption") ?? string.Empty, [new InboundAttachment(kind.Value, name, null, null)]);
    }
}
