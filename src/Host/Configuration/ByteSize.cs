using System.ComponentModel;
using System.Globalization;
using System.Text.RegularExpressions;

namespace NanoClaw.Host.Configuration;

/// <summary>
/// A number of bytes, written as HOCON sizes: <c>512k</c>, <c>2g</c>, <c>512MiB</c> (powers of 1024)
/// or <c>500MB</c>, <c>2GB</c> (powers of 1000); a bare number is bytes.
/// </summary>
[TypeConverter(typeof(ByteSizeConverter))]
public readonly partial record struct ByteSize(long Bytes) : IComparable<ByteSize>
{
    public const string Expected = "a size such as 512k, 64m, 2g, 512MiB or 1GB";

    private static readonly (string Suffix, long Factor)[] Binary = [("t", 1L << 40), ("g", 1L << 30), ("m", 1L << 20), ("k", 1L << 10)];

    public static ByteSize Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not {Expected}.");

    public static bool TryParse(string? text, out ByteSize value)
    {
        value = default;
        var match = text is null ? Match.Empty : SizePattern().Match(text);
        if (!match.Success || !ByteSizeUnits.TryGetFactor(match.Groups["unit"].Value, out var factor))
        {
            return false;
        }

        var bytes = decimal.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture) * factor;
        if (bytes > long.MaxValue || bytes != decimal.Truncate(bytes))
        {
            return false;
        }

        value = new ByteSize((long)bytes);
        return true;
    }

    public int CompareTo(ByteSize other) => Bytes.CompareTo(other.Bytes);

    /// <summary>The shortest exact binary form: <c>2g</c>, <c>512m</c>, or plain bytes.</summary>
    public override string ToString()
    {
        foreach (var (suffix, factor) in Binary)
        {
            if (Bytes != 0 && Bytes % factor == 0)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{Bytes / factor}{suffix}");
            }
        }

        return Bytes.ToString(CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^\s*(?<number>[0-9]+(\.[0-9]+)?)\s*(?<unit>[a-zA-Z]*)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SizePattern();
}
