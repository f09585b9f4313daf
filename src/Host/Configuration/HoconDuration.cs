using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;

namespace NanoClaw.Host.Configuration;

/// <summary>
/// Durations as HOCON writes them: a number and a unit (<c>500ms</c>, <c>5s</c>, <c>30m</c>, <c>1h</c>,
/// <c>2d</c>, <c>1.5 hours</c>), or <c>hh:mm:ss</c>, or ISO 8601 (<c>PT5M</c>). A bare number is refused:
/// HOCON would read it as milliseconds and <see cref="TimeSpan"/> as days, so it is never what was meant.
/// </summary>
public static partial class HoconDuration
{
    public const string Expected = "a duration such as 500ms, 5s, 30m, 1h, 2d or 00:05:00";

    private static readonly Dictionary<string, double> TicksPerUnit = BuildUnits();

    public static TimeSpan Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not {Expected}.");

    public static bool TryParse(string? text, out TimeSpan value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var match = UnitPattern().Match(text);
        if (match.Success)
        {
            if (!TicksPerUnit.TryGetValue(match.Groups["unit"].Value, out var ticksPerUnit))
            {
                return false;
            }

            var ticks = double.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture) * ticksPerUnit;
            if (Math.Abs(ticks) > TimeSpan.MaxValue.Ticks)
            {
                return false;
            }

            value = TimeSpan.FromTicks((long)Math.Round(ticks));
            return true;
        }

        var trimmed = text.Trim();
        if (trimmed.Contains(':', StringComparison.Ordinal))
        {
            return TimeSpan.TryParse(trimmed, CultureInfo.InvariantCulture, out value);
        }

        return trimmed.StartsWith('P') || trimmed.StartsWith("-P", StringComparison.Ordinal) ? TryParseIso(trimmed, out value) : false;
    }

    private static bool TryParseIso(string text, out TimeSpan value)
    {
        try
        {
            value = XmlConvert.ToTimeSpan(text);
            return true;
        }
        catch (FormatException)
        {
            value = default;
            return false;
        }
    }

    private static Dictionary<string, double> BuildUnits()
    {
        var units = new Dictionary<string, double>(StringComparer.Ordinal);
        void Add(double ticks, params string[] names)
        {
            foreach (var name in names)
            {
                units[name] = ticks;
            }
        }

        Add(0.01, "ns", "nano", "nanos", "nanosecond", "nanoseconds");
        Add(10, "us", "micro", "micros", "microsecond", "microseconds");
        Add(TimeSpan.TicksPerMillisecond, "ms", "milli", "millis", "millisecond", "milliseconds");
        Add(TimeSpan.TicksPerSecond, "s", "second", "seconds");
        Add(TimeSpan.TicksPerMinute, "m", "minute", "minutes");
        Add(TimeSpan.TicksPerHour, "h", "hour", "hours");
        Add(TimeSpan.TicksPerDay, "d", "day", "days");
        return units;
    }

    [GeneratedRegex(@"^\s*(?<number>-?[0-9]+(\.[0-9]+)?)\s*(?<unit>[a-zA-Z]+)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex UnitPattern();
}
