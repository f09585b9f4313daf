namespace NanoClaw.Actors.Tests.Scheduling.Reference;

/// <summary>Writes random cron expressions in every spelling users may use, from a fixed seed.</summary>
internal sealed class CronCaseGenerator(int seed)
{
    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    private static readonly string[] DayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    private static readonly (string Macro, string Fields)[] Macros =
    [
        ("@hourly", "0 * * * *"), ("@daily", "0 0 * * *"), ("@midnight", "0 0 * * *"), ("@weekly", "0 0 * * 0"),
        ("@monthly", "0 0 1 * *"), ("@yearly", "0 0 1 1 *"), ("@annually", "0 0 1 1 *"),
    ];

    private readonly Random _random = new(seed);

    public CronCase Next()
    {
        if (_random.Next(20) == 0)
        {
            var (macro, fields) = Macros[_random.Next(Macros.Length)];
            var parts = fields.Split(' ');
            return new CronCase(
                macro, Values(parts[0], 0, 59), Values(parts[1], 0, 23), Values(parts[2], 1, 31), Values(parts[3], 1, 12), Values(parts[4], 0, 6),
                parts[2] == "*", parts[4] == "*", Interval: parts[1] == "*");
        }

        var minute = Field(0, 59, null, weekDay: false);
        var hour = Field(0, 23, null, weekDay: false);
        var dayOfMonth = _random.Next(2) == 0 ? Star(1, 31) : Field(1, 31, null, weekDay: false);
        var month = _random.Next(2) == 0 ? Star(1, 12) : Field(1, 12, MonthNames, weekDay: false);
        var dayOfWeek = _random.Next(2) == 0 ? Star(0, 6) : Field(0, 6, DayNames, weekDay: true);
        return new CronCase(
            $"{minute.Text} {hour.Text} {dayOfMonth.Text} {month.Text} {dayOfWeek.Text}",
            minute.Values, hour.Values, dayOfMonth.Values, month.Values, dayOfWeek.Values,
            dayOfMonth.Text.StartsWith('*'), dayOfWeek.Text.StartsWith('*'),
            Interval: IsInterval(minute.Text) || IsInterval(hour.Text));
    }

    private static bool IsInterval(string text) => text.IndexOfAny(['*', '-', '/']) >= 0;

    private static HashSet<int> Values(string text, int min, int max) =>
        text == "*" ? [.. Enumerable.Range(min, max - min + 1)] : [int.Parse(text, System.Globalization.CultureInfo.InvariantCulture)];

    private static (string Text, HashSet<int> Values) Star(int min, int max) => ("*", [.. Enumerable.Range(min, max - min + 1)]);

    private (string Text, HashSet<int> Values) Field(int min, int max, string[]? names, bool weekDay)
    {
        var (text, values) = Spell(min, max, names, weekDay);

        // Day-of-week steps run to 7, which is Sunday again.
        return (text, weekDay ? [.. values.Select(v => v % 7)] : values);
    }

    private (string Text, HashSet<int> Values) Spell(int min, int max, string[]? names, bool weekDay)
    {
        var stepMax = weekDay ? 7 : max;
        switch (_random.Next(6))
        {
            case 0:
                return Star(min, max);
            case 1:
            {
                var step = _random.Next(2, Math.Min(15, max - min) + 1);
                return ($"*/{step}", [.. Enumerable.Range(0, ((stepMax - min) / step) + 1).Select(k => min + (k * step))]);
            }

            case 2:
            {
                var low = _random.Next(min, max + 1);
                var high = _random.Next(low, max + 1);
                return ($"{Name(low, min, names, false)}-{Name(high, min, names, false)}", [.. Enumerable.Range(low, high - low + 1)]);
            }

            case 3:
            {
                var low = _random.Next(min, max + 1);
                var high = _random.Next(low, max + 1);
                var step = _random.Next(1, 8);
                var values = Enumerable.Range(0, ((high - low) / step) + 1).Select(k => low + (k * step)).ToHashSet();
                return _random.Next(2) == 0 ? ($"{low}-{high}/{step}", values) : ($"{low}/{step}", [.. Enumerable.Range(0, ((stepMax - low) / step) + 1).Select(k => low + (k * step))]);
            }

            default:
            {
                var values = Enumerable.Range(0, _random.Next(1, 4)).Select(_ => _random.Next(min, max + 1)).ToHashSet();
                return (string.Join(',', values.Select(v => Name(v, min, names, weekDay))), values);
            }
        }
    }

    /// <summary>A value as a number, a name in some case, or for Sunday sometimes <c>7</c>.</summary>
    private string Name(int value, int min, string[]? names, bool weekDay)
    {
        if (weekDay && value == 0 && _random.Next(2) == 0)
        {
            return "7";
        }

        if (names is null || _random.Next(2) == 0)
        {
            return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var name = names[value - min];
        return _random.Next(2) == 0 ? name.ToUpperInvariant() : name;
    }
}
