using System.Text.RegularExpressions;

namespace NanoClaw.Actors.Groups;

/// <summary>
/// Turns the agent's output into the text the chat sees. <c>&lt;internal&gt;…&lt;/internal&gt;</c>
/// blocks are the agent's notes to itself: each block, across lines, is removed up to its
/// nearest closing tag, and the rest is trimmed. As in NanoClaw, the tags are matched in lower
/// case only and an opening tag without a closing one is left as it is (nothing marks where the
/// note would end, so nothing is cut).
/// </summary>
public static partial class OutputCleaner
{
    /// <summary>The text without internal blocks, trimmed; may be empty.</summary>
    public static string StripInternal(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return InternalBlock().Replace(text, string.Empty).Trim();
    }

    /// <summary>The text to send to the chat, or null when nothing is left to send.</summary>
    public static string? ToChatText(string? output)
    {
        if (output is null)
        {
            return null;
        }

        var text = StripInternal(output);
        return text.Length == 0 ? null : text;
    }

    // Lazy, so two blocks with text between them are removed separately and the text stays.
    [GeneratedRegex("<internal>.*?</internal>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex InternalBlock();
}
