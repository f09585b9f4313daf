using Microsoft.Extensions.Logging;

namespace NanoClaw.Actors.Groups;

/// <summary>
/// Loads the sender allowlist file. It never fails: a missing file allows every sender
/// silently (the file is optional); an unreadable or invalid file allows every sender too, with
/// a warning naming the file and the problem, so a typo never locks the owner out. The file is
/// read on every call, as NanoClaw does, so edits apply without a restart.
/// </summary>
public sealed partial class SenderAllowlistLoader
{
    private readonly ILogger<SenderAllowlistLoader> _logger;

    /// <param name="logger">Receives the warnings about an invalid file.</param>
    /// <param name="path">The file; the default is <see cref="GroupDefaults.SenderAllowlistPath"/>. A leading <c>~/</c> is the home folder.</param>
    public SenderAllowlistLoader(ILogger<SenderAllowlistLoader> logger, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(logger);
        _logger = logger;
        Path = ExpandHome(string.IsNullOrWhiteSpace(path) ? GroupDefaults.SenderAllowlistPath : path);
    }

    /// <summary>The full path of the file read.</summary>
    public string Path { get; }

    /// <summary>The allowlist the file holds now, or <see cref="SenderAllowlist.AllowAll"/>.</summary>
    public async Task<SenderAllowlist> LoadAsync(CancellationToken cancellationToken = default)
    {
        string json;
        try
        {
            json = await File.ReadAllTextAsync(Path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException)
        {
            return SenderAllowlist.AllowAll;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            LogInvalidFile(Path, "cannot be read: " + error.Message);
            return SenderAllowlist.AllowAll;
        }

        try
        {
            return SenderAllowlistParser.Parse(json, (chatId, problem) => LogSkippedChat(Path, chatId, problem));
        }
        catch (FormatException error)
        {
            LogInvalidFile(Path, error.Message);
            return SenderAllowlist.AllowAll;
        }
    }

    private static string ExpandHome(string path) =>
        path.StartsWith("~/", StringComparison.Ordinal)
            ? System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), path[2..])
            : path;

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning,
        Message = "Sender allowlist {Path} is invalid ({Problem}); every sender is allowed until it is fixed")]
    private partial void LogInvalidFile(string path, string problem);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning,
        Message = "Sender allowlist {Path}: the entry for chat {ChatId} is invalid ({Problem}) and is skipped; the default entry applies")]
    private partial void LogSkippedChat(string path, string chatId, string problem);
}
