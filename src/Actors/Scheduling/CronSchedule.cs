using System.Diagnostics.CodeAnalysis;
using NCrontab;

namespace NanoClaw.Actors.Scheduling;

/// <summary>
/// A standard (Vixie) five-field cron expression, evaluated in an IANA time zone.
/// NCrontab finds the occurrences; this type supplies what it lacks: <c>7</c> as Sunday, the
/// macros, the day-field OR rule, field-naming errors and time zones.
/// </summary>
/// <remarks>
/// Day fields: when both day-of-month and day-of-week are restricted (neither starts with
/// <c>*</c>) a day matches if either matches, so <c>0 0 13 * 5</c> fires on every 13th and every
/// Friday. When one of them starts with <c>*</c>, both must match, as in Vixie cron.
/// </remarks>
public sealed partial class CronSchedule : IEquatable<CronSchedule>
{
    private static readonly CrontabSchedule.ParseOptions FiveFields = new() { IncludingSeconds = false };

    private readonly CrontabSchedule _schedule;

    // Present only under the OR rule; _schedule then matches by day of month alone.
    private readonly CrontabSchedule? _byDayOfWeek;

    private CronSchedule(string expression, IReadOnlyList<CronFieldValues> fields)
    {
        Expression = expression;
        IsFixedTime = !fields[0].StartsWithStar && !fields[1].StartsWithStar;
        var (minute, hour, dayOfMonth, month, dayOfWeek) =
            (fields[0].ToNCrontab(), fields[1].ToNCrontab(), fields[2].ToNCrontab(), fields[3].ToNCrontab(), fields[4].ToNCrontab());
        if (fields[2].StartsWithStar || fields[4].StartsWithStar)
        {
            _schedule = Crontab($"{minute} {hour} {dayOfMonth} {month} {dayOfWeek}");
        }
        else
        {
            _schedule = Crontab($"{minute} {hour} {dayOfMonth} {month} *");
            _byDayOfWeek = Crontab($"{minute} {hour} * {month} {dayOfWeek}");
        }
    }

    /// <summary>The expression as given, without surrounding whitespace.</summary>
    public string Expression { get; }

    /// <summary>
    /// True when neither minute nor hour starts with <c>*</c>: a job at fixed times of day.
    /// Vixie cron treats such jobs differently across daylight-saving changes (see
    /// <see cref="GetNextOccurrence"/>).
    /// </summary>
    public bool IsFixedTime { get; }

    /// <exception cref="CronFormatException">The expression is not valid.</exception>
    public static CronSchedule Parse(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var trimmed = expression.Trim();
        if (trimmed.Length == 0)
        {
            throw new CronFormatException(expression, "it is empty");
        }

        var fields = trimmed.StartsWith('@') ? ExpandMacro(trimmed) : trimmed;
        var parts = fields.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != CronFieldSpec.All.Count)
        {
            throw new CronFormatException(
                trimmed,
                $"expected 5 fields (minute hour day-of-month month day-of-week) or a macro such as @daily, found {parts.Length}");
        }

        var values = CronFieldSpec.All.Select((spec, index) => CronFieldParser.Parse(spec, parts[index], trimmed)).ToList();
        return new CronSchedule(trimmed, values);
    }

    public static bool TryParse(
        string expression,
        [NotNullWhen(true)] out CronSchedule? schedule,
        [NotNullWhen(false)] out string? error)
    {
        try
        {
            schedule = Parse(expression);
            error = null;
            return true;
        }
        catch (CronFormatException exception)
        {
            schedule = null;
            error = exception.Message;
            return false;
        }
    }

    public bool Equals(CronSchedule? other) => other is not null && string.Equals(Expression, other.Expression, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as CronSchedule);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Expression);

    public override string ToString() => Expression;

    private static string ExpandMacro(string macro) =>
        CronMacros.Expand(macro)
        ?? throw new CronFormatException(macro, $"\"{macro}\" is not a supported macro; use {CronMacros.Supported}");

    private static CrontabSchedule Crontab(string fields) => CrontabSchedule.Parse(fields, FiveFields);
}
