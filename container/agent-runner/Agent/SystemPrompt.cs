using System.Globalization;
using System.Text;
using NanoClaw.AgentProtocol;

namespace NanoClaw.AgentRunner.Agent;

/// <summary>
/// The system prompt: who the assistant is, the current time in the group's zone, and the
/// memory files — the group's <c>CLAUDE.md</c>, plus the shared global one for non-main groups
/// (the main group's folder is the global memory's owner and reads it directly when needed).
/// </summary>
public static class SystemPrompt
{
    /// <param name="includeGroupMemory">False for engines that load the group's <c>CLAUDE.md</c> themselves (Claude Code).</param>
    public static async Task<string> BuildAsync(
        StartMessage start, string groupDirectory, string? globalDirectory, TimeProvider time, CancellationToken cancellationToken, bool includeGroupMemory = true)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(time);
        var zone = FindZone(start.TimeZone);
        var now = TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone);
        var prompt = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"You are {start.AssistantName}, a personal assistant in a chat group (folder '{start.GroupFolder}').\n")
            .Append(CultureInfo.InvariantCulture, $"The current time is {now:yyyy-MM-dd HH:mm (dddd)} in {zone.Id} (UTC{now:zzz}).\n")
            .Append(CultureInfo.InvariantCulture, $"Your working folder is {groupDirectory}; files you write there persist between conversations.\n")
            .Append("Your final reply in each turn is sent to the chat. Use send_message only for messages that cannot wait until the end.\n");
        if (start.IsScheduledTask)
        {
            prompt.Append("This run is a scheduled task, not a live message: act on the prompt and report only what matters.\n");
        }

        if (includeGroupMemory)
        {
            await AppendMemoryAsync(prompt, "Group memory (CLAUDE.md)", Path.Combine(groupDirectory, "CLAUDE.md"), cancellationToken).ConfigureAwait(false);
        }

        if (!start.IsMain && globalDirectory is not null)
        {
            await AppendMemoryAsync(prompt, "Shared memory (global CLAUDE.md)", Path.Combine(globalDirectory, "CLAUDE.md"), cancellationToken)
                .ConfigureAwait(false);
        }

        return prompt.ToString();
    }

    /// <summary>An unknown zone falls back to UTC rather than failing the run.</summary>
    internal static TimeZoneInfo FindZone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    private static async Task AppendMemoryAsync(StringBuilder prompt, string title, string path, CancellationToken cancellationToken)
    {
        if (File.Exists(path))
        {
            var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
            prompt.Append(CultureInfo.InvariantCulture, $"\n## {title}\n\n{text.Trim()}\n");
        }
    }
}
