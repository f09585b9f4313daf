using System.Globalization;

namespace NanoClaw.AgentRunner.Tools;

/// <summary>Caps that keep tool output inside the model's context and the protocol's line limit.</summary>
public static class ToolLimits
{
    /// <summary>The most characters a tool returns. The default is 30,000.</summary>
    public const int MaxOutputChars = 30_000;

    /// <summary>The most matches glob and grep list. The default is 500.</summary>
    public const int MaxMatches = 500;

    /// <summary>Cuts <paramref name="text"/> to the cap and says how much was dropped.</summary>
    public static string Cap(string text, int max = MaxOutputChars) =>
        text.Length <= max
            ? text
            : string.Create(CultureInfo.InvariantCulture, $"{text[..max]}\n[output truncated: {text.Length - max} more characters]");
}
