using System.Text.Json;

namespace NanoClaw.AgentRunner.Conversation;

/// <summary>
/// Conversation history per session, one JSON file per session id in the group's session folder.
/// Writes go to a temporary file first and are renamed over the old one, so a crash mid-write
/// leaves the previous history intact. A missing or unreadable session yields null — the caller
/// starts fresh and warns, it never fails the run.
/// </summary>
public sealed class SessionStore
{
    private readonly string _folder;

    public SessionStore(string folder) => _folder = folder;

    /// <summary>Loads a session, or null with the reason when it cannot be used.</summary>
    public async Task<(List<ConversationMessage>? Messages, string? Problem)> LoadAsync(string sessionId, CancellationToken cancellationToken)
    {
        if (!IsValidId(sessionId))
        {
            return (null, $"session id '{sessionId}' is not valid");
        }

        var path = PathOf(sessionId);
        if (!File.Exists(path))
        {
            return (null, $"session '{sessionId}' not found");
        }

        try
        {
            var stream = File.OpenRead(path);
            await using (stream.ConfigureAwait(false))
            {
                var file = await JsonSerializer.DeserializeAsync(stream, RunnerJsonContext.Default.SessionFile, cancellationToken).ConfigureAwait(false);
                return file is { Version: SessionFile.CurrentVersion, Messages: not null }
                    ? (file.Messages, null)
                    : (null, $"session '{sessionId}' has an unknown format");
            }
        }
        catch (JsonException ex)
        {
            return (null, $"session '{sessionId}' is corrupt: {ex.Message}");
        }
    }

    public async Task SaveAsync(string sessionId, IReadOnlyList<ConversationMessage> messages, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_folder);
        var path = PathOf(sessionId);
        var temporary = path + ".tmp";
        var stream = File.Create(temporary);
        await using (stream.ConfigureAwait(false))
        {
            var file = new SessionFile(SessionFile.CurrentVersion, sessionId, [.. messages]);
            await JsonSerializer.SerializeAsync(stream, file, RunnerJsonContext.Default.SessionFile, cancellationToken).ConfigureAwait(false);
        }

        File.Move(temporary, path, overwrite: true);
    }

    public static string NewId() => Guid.NewGuid().ToString("N");

    private string PathOf(string sessionId) => Path.Combine(_folder, sessionId + ".json");

    private static bool IsValidId(string id) =>
        id.Length is > 0 and <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
