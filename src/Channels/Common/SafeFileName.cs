using System.Text;

namespace NanoClaw.Channels.Common;

/// <summary>
/// A file name taken from a platform that is safe to join to a folder: no path separators, no
/// <c>..</c>, no control or reserved characters, no leading dot, at most <see cref="MaxLength"/> characters.
/// </summary>
public static class SafeFileName
{
    public const int MaxLength = 120;

    private static readonly char[] Forbidden = ['/', '\\', ':', '*', '?', '"', '<', '>', '|'];

    public static string From(string? name, string fallback)
    {
        var builder = new StringBuilder();
        foreach (var c in name ?? string.Empty)
        {
            builder.Append(char.IsControl(c) || Forbidden.Contains(c) ? '_' : c);
        }

        var cleaned = builder.ToString();
        while (cleaned.Contains("..", StringComparison.Ordinal))
        {
            cleaned = cleaned.Replace("..", ".", StringComparison.Ordinal);
        }

        cleaned = cleaned.Trim().TrimStart('.').TrimEnd('.', ' ');
        if (cleaned.Length > MaxLength)
        {
            var extension = Path.GetExtension(cleaned);
            extension = extension.Length is > 0 and <= 10 ? extension : string.Empty;
            cleaned = cleaned[..(MaxLength - extension.Length)] + extension;
        }

        return cleaned.Length == 0 ? fallback : cleaned;
    }
}
