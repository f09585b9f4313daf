namespace NanoClaw.Channels.Common;

/// <summary>
/// Splits a reply into parts no longer than a platform's limit, cutting at the last paragraph break
/// that fits, else the last line break, else the last space, else hard at the limit (never between the
/// two halves of a surrogate pair). Breaks and trailing white space at a cut are dropped; no part is empty.
/// </summary>
public static class MessageSplitter
{
    public const int TelegramLimit = 4096;
    public const int DiscordLimit = 2000;
    public const int SlackLimit = 4000;
    public const int WhatsAppLimit = 4096;

    public static IReadOnlyList<string> Split(string text, int limit)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 2);
        var parts = new List<string>();
        var rest = text.AsSpan();
        while (rest.Length > limit)
        {
            var (cut, skip) = FindCut(rest[..limit], rest[limit]);
            Add(parts, rest[..cut]);
            rest = rest[(cut + skip)..].TrimStart('\n');
        }

        Add(parts, rest);
        return parts;
    }

    private static (int Cut, int Skip) FindCut(ReadOnlySpan<char> window, char next)
    {
        if (next == '\n' && window.EndsWith("\n"))
        {
            return (window.Length - 1, 2);
        }

        if (next is '\n' or ' ')
        {
            return (window.Length, 1);
        }

        var paragraph = window.LastIndexOf("\n\n");
        if (paragraph > 0)
        {
            return (paragraph, 2);
        }

        var line = window.LastIndexOf('\n');
        if (line > 0)
        {
            return (line, 1);
        }

        var space = window.LastIndexOf(' ');
        if (space > 0)
        {
            return (space, 1);
        }

        var hard = char.IsHighSurrogate(window[^1]) ? window.Length - 1 : window.Length;
        return (hard, 0);
    }

    private static void Add(List<string> parts, ReadOnlySpan<char> part)
    {
        part = part.TrimEnd();
        if (!part.IsEmpty)
        {
            parts.Add(part.ToString());
        }
    }
}
