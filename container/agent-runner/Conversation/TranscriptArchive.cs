using System.Globalization;
using System.Text;

namespace NanoClaw.AgentRunner.Conversation;

/// <summary>
/// Where compacted conversation goes before the summary replaces it:
/// <c>&lt;group&gt;/conversations/&lt;date&gt;-&lt;session&gt;.md</c>, one section per compaction,
/// appended, so nothing said in a chat is lost when the model stops seeing it.
/// </summary>
public sealed class TranscriptArchive(string groupDirectory, TimeZoneInfo zone, TimeProvider time)
{
    /// <summary>Tool results are kept up to this many characters; what the user and assistant wrote is kept whole.</summary>
    public const int ToolResultLimit = 4000;

    public const string FolderName = "conversations";

    /// <summary>Appends <paramref name="messages"/> under a heading saying why; returns the file's path.</summary>
    public async Task<string> AppendAsync(string sessionId, IReadOnlyList<ConversationMessage> messages, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var now = TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone);
        var folder = Path.Combine(groupDirectory, FolderName);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{now:yyyy-MM-dd}-{sessionId}.md"));
        var section = new StringBuilder();
        if (!File.Exists(path))
        {
            section.Append(CultureInfo.InvariantCulture, $"# Conversation {sessionId}\n\n");
        }

        section.Append(CultureInfo.InvariantCulture, $"## {reason}, {now:yyyy-MM-dd HH:mm} ({zone.Id})\n\n")
            .Append(TranscriptMarkdown.Render(messages, ToolResultLimit));
        await File.AppendAllTextAsync(path, section.ToString(), cancellationToken).ConfigureAwait(false);
        return path;
    }
}
