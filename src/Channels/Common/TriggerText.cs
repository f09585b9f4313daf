using System.Text.RegularExpressions;

namespace NanoClaw.Channels.Common;

/// <summary>
/// Turns a platform mention of the bot into the trigger the node listens for, as NanoClaw does: the text
/// gets <c>@&lt;assistant name&gt; </c> in front unless it already starts with the trigger (any case,
/// followed by a word boundary).
/// </summary>
public static class TriggerText
{
    public static string Prepend(string text, string assistantName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trigger = "@" + assistantName;
        return StartsWithTrigger(text, trigger) ? text.Trim() : $"{trigger} {text.Trim()}".TrimEnd();
    }

    public static bool StartsWithTrigger(string text, string trigger)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pattern = "^" + Regex.Escape(trigger.Trim()) + @"\b";
        return Regex.IsMatch(text.Trim(), pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
