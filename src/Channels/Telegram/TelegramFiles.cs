using System.Text.Json;
using NanoClaw.Channels.Common;

namespace NanoClaw.Channels.Telegram;

/// <summary>The photo, document, video, voice note or audio of a message, named as Telegram names them.</summary>
internal static class TelegramFiles
{
    public static IReadOnlyList<TelegramFile> Read(JsonElement message)
    {
        var files = new List<TelegramFile>();
        if (message.Arr("photo") is { } sizes && sizes.GetArrayLength() > 0)
        {
            // Telegram lists every size of the photo, smallest first.
            var largest = sizes[sizes.GetArrayLength() - 1];
            Add(files, AttachmentKind.Photo, largest, $"photo_{largest.Str("file_unique_id") ?? "image"}.jpg");
        }

        if (message.Obj("document") is { } document)
        {
            Add(files, AttachmentKind.File, document, document.Str("file_name") ?? "file");
        }

        if (message.Obj("video") is { } video)
        {
            Add(files, AttachmentKind.Video, video, video.Str("file_name") ?? $"video_{video.Str("file_unique_id")}.mp4");
        }

        if (message.Obj("voice") is { } voice)
        {
            Add(files, AttachmentKind.Voice, voice, $"voice_{voice.Str("file_unique_id")}.ogg");
        }

        if (message.Obj("audio") is { } audio)
        {
            Add(files, AttachmentKind.Audio, audio, audio.Str("file_name") ?? audio.Str("title") ?? "audio");
        }

        return files;
    }

    private static void Add(List<TelegramFile> files, AttachmentKind kind, JsonElement file, string name)
    {
        if (file.Str("file_id") is { } fileId)
        {
            files.Add(new TelegramFile(kind, fileId, SafeFileName.From(name, "file"), file.Long("file_size")));
        }
    }
}
