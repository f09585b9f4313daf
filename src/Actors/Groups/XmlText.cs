namespace NanoClaw.Actors.Groups;

/// <summary>
/// Escaping for prompt text and attribute values. Exactly the four characters NanoClaw escapes:
/// <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> and <c>"</c>; the apostrophe stays, since every
/// attribute is double-quoted.
/// </summary>
public static class XmlText
{
    /// <summary>The escaped text; null or empty gives the empty string.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        // Ampersands first, so the entities written below are not escaped again.
        return text
            .Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal);
    }
}
