using NanoClaw.Containers.Agent.Events;
using NanoClaw.Actors.Agents.InProcess;

namespace NanoClaw.Host.Tests.Channels;

/// <summary>
/// An in-process agent that answers <c>re &lt;marker&gt;</c> for the last <c>msg-…</c> marker in the
/// prompt, or <see cref="LongReply"/> when the prompt asks for it with <c>LONG</c>.
/// </summary>
internal static class ReplyingAgent
{
    /// <summary>Five paragraphs of 900 characters: Discord (2,000) must split it in three at paragraph breaks.</summary>
    public static readonly string LongReply = string.Join("\n\n", Enumerable.Range(1, 5).Select(i => $"p{i} " + new string('x', 897)));

    public static async Task PlayAsync(InProcessTurn turn)
    {
        var text = turn.Prompt.Contains("LONG", StringComparison.Ordinal) ? LongReply : "re " + LastMarker(turn.Prompt);
        await turn.Events.WriteAsync(new SessionAssigned("session-" + turn.Request.GroupFolder), turn.Stopped);
        await turn.Events.WriteAsync(new OutputProduced(text), turn.Stopped);
        await turn.Events.WriteAsync(new TurnIdled(), turn.Stopped);
    }

    private static string LastMarker(string prompt)
    {
        var start = prompt.LastIndexOf("msg-", StringComparison.Ordinal);
        if (start < 0)
        {
            return "none";
        }

        var end = start;
        while (end < prompt.Length && (char.IsLetterOrDigit(prompt[end]) || prompt[end] == '-'))
        {
            end++;
        }

        return prompt[start..end];
    }
}
