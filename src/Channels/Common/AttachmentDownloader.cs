using Microsoft.Extensions.Logging;

namespace NanoClaw.Channels.Common;

/// <summary>
/// Downloads an attachment into a chat's folder under a safe name, refusing anything over the size cap.
/// Best effort: a failed or refused download returns null and leaves no partial file behind.
/// </summary>
public sealed class AttachmentDownloader(HttpClient http, long maxBytes, ILogger logger)
{
    /// <summary>Subfolder of the chat's folder that downloads go into.</summary>
    public const string Subfolder = "attachments";

    public async Task<string?> DownloadAsync(Uri source, string folder, string fileName, CancellationToken cancellationToken)
    {
        var directory = Path.GetFullPath(Path.Combine(folder, Subfolder));
        var target = Path.GetFullPath(Path.Combine(directory, SafeFileName.From(fileName, "file")));
        if (!target.StartsWith(directory + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            using var response = await http.GetAsync(source, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            if (response.Content.Headers.ContentLength > maxBytes)
            {
                ChannelLog.AttachmentTooLarge(logger, fileName, maxBytes);
                return null;
            }

            Directory.CreateDirectory(directory);
            await using var input = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            if (await CopyCappedAsync(input, target, cancellationToken).ConfigureAwait(false))
            {
                return target;
            }

            ChannelLog.AttachmentTooLarge(logger, fileName, maxBytes);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or UnauthorizedAccessException)
        {
            ChannelLog.AttachmentFailed(logger, fileName, ex);
        }

        if (File.Exists(target))
        {
            File.Delete(target);
        }

        return null;
    }

    private async Task<bool> CopyCappedAsync(Stream input, string target, CancellationToken cancellationToken)
    {
        await using var output = new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.None);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await input.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            total += read;
            if (total > maxBytes)
            {
                return false;
            }

            await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
        }

        return true;
    }
}
