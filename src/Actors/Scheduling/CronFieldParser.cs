// Kept beside Cronos: its errors do not name the field at fault, it reads a backwards range as one that wraps around, and the day-field OR rule needs to know which field starts with *.
using System.Globalization;

namespace NanoClaw.Actors.Scheduling;

/// <summary>
/// Parses one field of a Vixie cron expression: <c>*</c>, numbers, names (month and day-of-week),
/// ranges <c>a-b</c>, steps <c>*/n</c>, <c>a-b/n</c> and <c>a/n</c> (from a to the field's maximum),
/// and comma lists of these.
/// </summary>
internal static class CronFieldParser
{
    public static CronFieldValues Parse(CronFieldSpec spec, string text, string expression)
    {
        var values = new SortedSet<int>();
        foreach (var item in text.Split(','))
        {
            if (item.Length == 0)
            {
                throw Error(spec, text, expression, "has an empty list item");
            }

            AddItem(spec, item, expression, values);
        }

        if (spec.Field == CronField.DayOfWeek && values.Remove(7))
        {
            values.Add(0);
        }

        return new CronFieldValues(text.StartsWith('*'), [.. values]);
    }

    private static void AddItem(CronFieldSpec spec, string item, string expression, SortedSet<int> values)
    {
        var slash = item.IndexOf('/', StringComparison.Ordinal);
        var step = slash < 0 ? 1 : ParseStep(spec, item, item[(slash + 1)..], expression);
        var (low, high) = ParseRange(spec, slash < 0 ? item : item[..slash], item, slash >= 0, expression);
        for (var value = low; value <= high; value += step)
        {
            values.Add(value);
        }
    }

    private static (int Low, int High) ParseRange(CronFieldSpec spec, string range, string item, bool stepped, string expression)
    {
        if (range == "*")
        {
            return (spec.Min, spec.Max);
        }

        var dash = range.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            var single = ParseValue(spec, range, item, expression);
            return (single, stepped ? spec.Max : single);
        }

        var low = ParseValue(spec, range[..dash], item, expression);
        var high = ParseValue(spec, range[(dash + 1)..], item, expression);
        if (low > high)
        {
            throw Error(spec, range, expression, "is a range that runs backwards; write the lower bound first");
        }

        return (low, high);
    }

    private static int ParseStep(CronFieldSpec spec, string item, string text, string expression)
    {
        var largest = spec.Max - spec.Min;
        if (!IsDigits(text) || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var step)
            || step < 1 || step > largest)
        {
            throw Error(spec, item, expression, $"has a bad step \"{text}\"; a step is a number from 1 to {largest}");
        }

        return step;
    }

    private static int ParseValue(CronFieldSpec spec, string text, string item, string expression)
    {
        if (text.Length == 0)
        {
            throw Error(spec, item, expression, $"is incomplete (allowed {spec.Allowed})");
        }

        if (IsDigits(text))
        {
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                && number >= spec.Min && number <= spec.Max)
            {
                return number;
            }

            throw Error(spec, text, expression, $"is out of range (allowed {spec.Allowed})");
        }

        for (var index = 0; index < spec.Names.Count; index++)
        {
            if (string.Equals(spec.Names[index], text, StringComparison.OrdinalIgnoreCase))
            {
                return spec.Min + index;
            }
        }

        var what = spec.Names.Count == 0 ? "a number" : "a number or a name";
        throw Error(spec, text, expression, $"is not {what} (allowed {spec.Allowed})");
    }

    private static bool IsDigits(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);

    private static CronFormatException Error(CronFieldSpec spec, string token, string expression, string problem) =>
        new(expression, spec.Field, spec.Name, token, problem);
}
