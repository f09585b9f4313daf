namespace NanoClaw.Channels.Common;

/// <summary>Describes attachments in the message text, one line each, so the agent knows they came.</summary>
public static class AttachmentText
{
    public static string Describe(InboundAttachment attachment)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        var label = attachment.Kind switch
        {
            AttachmentKind.Photo => "Photo",
            AttachmentKind.Video => "Video",
            AttachmentKind.Audio => "Audio",
            AttachmentKind.Voice => "Voice",
            _ => "File",
        };
        return attachment.LocalPath is null
            ? $"[{label}: {attachment.Name}]"
            : $"[{label}: {attachment.Name}] ({attachment.LocalPath})";
    }

    /// <summary>The text followed by one line per attachment; either part may be empty.</summary>
    public static string Append(string text, IReadOnlyList<InboundAttachment> attachments)
    {
        ArgumentNullException.ThrowIfNull(attachments);
        if (attachments.Count == 0)
        {
            return text;
        }

        var lines = attachments.Select(Describe);
        return string.IsNullOrWhiteSpace(text)
            ? string.Join('\n', lines)
            : text + "\n" + string.Join('\n', lines);
    }

    /// <summary>Photo, video, audio or file, from a MIME type such as <c>image/png</c>.</summary>
    public static AttachmentKind KindOf(string? contentType) => contentType switch
    {
        not null when contentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase) => AttachmentKind.Photo,
        not null when contentType.StartsWith("video/", StringComparison.OrdinalIgnoreCase) => AttachmentKind.Video,
        not null when contentType.StartsWith("audio/", StringComparison.OrdinalIgnoreCase) => AttachmentKind.Audio,
        _ => AttachmentKind.File,
    };
}
