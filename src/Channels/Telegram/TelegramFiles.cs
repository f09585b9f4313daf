using NanoClaw.Channels.Common;
using Telegram.Bot.Types;

namespace NanoClaw.Channels.Telegram;

/// <summary>The files a message carries (photo, document, video, voice, audio), with names safe to write.</summary>
internal static class TelegramFiles
{
    public static IReadOnlyList<TelegramFile> Read(Message message)
    {
        var files = new List<TelegramFile>();
        if (message.Photo is { Length: > 0 } sizes)
        {
            // Telegram lists every size of the photo, smallest first.
            var largest = sizes[^1];
            Add(files, AttachmentKind.Photo, largest, $"photo_{Or(largest.FileUniqueId, "image")}.jpg");
        }

        if (message.Document is { } document)
        {
            Add(files, AttachmentKind.File, document, Or(document.FileName, "file"));
        }

        if (message.Video is { } video)
        {
            Add(files, AttachmentKind.Video, video, Or(video.FileName, $"video_{video.FileUniqueId}.mp4"));
        }

        if (message.Voice is { } voice)
        {
            Add(files, AttachmentKind.Voice, voice, $"voice_{voice.FileUniqueId}.ogg");
        }

        if (message.Audio is { } audio)
        {
            Add(files, AttachmentKind.Audio, audio, Or(audio.FileName, Or(audio.Title, "audio")));
        }

        return files;
    }

    private static string Or(string? value, string fallback) => string.IsNullOrEmpty(value) ? fallback : value;

    private static void Add(List<TelegramFile> files, AttachmentKind kind, FileBase file, string name)
    {
        if (!string.IsNullOrEmpty(file.FileId))
        {
            files.Add(new TelegramFile(kind, file.FileId, SafeFileName.From(name, "file"), file.FileSize));
        }
    }
}
