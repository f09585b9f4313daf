using System.Diagnostics.CodeAnalysis;
using Cronos;

namespace NanoClaw.Actors.Scheduling;

/// <summary>
/// A standard (Vixie) five-field cron expression, evaluated in an IANA time zone by Cronos. Ours is
/// the parsing: it names the field at fault, takes <c>7</c> as Sunday and the macros, and keeps
/// Vixie's day-field OR rule, which Cronos does not have.
/// </summary>
/// <remarks>
/// Day fields: when both day-of-month and day-of-week are restricted (neither starts with
/// <c>*</c>) a day matches if either matches, so <c>0 0 13 * 5</c> fires on every 13th and every
/// Friday; that is two Cronos expressions, one per day field, and the earlier occurrence wins. When
/// one of them starts with <c>*</c>, both must match, as in Vixie cron.
/// Daylight-saving changes, as Cronos handles them: an occurrence in a spring-forward gap moves to
/// the first instant after it (02:30 → 03:00, once however many fell in the gap); in a fall-back
/// repeated hour a job at fixed times fires once, in the first pass, while an interval job (its
/// minute or hour has <c>*</c>, <c>-</c> or <c>/</c>) keeps firing through both passes, so "every
/// 5 minutes" keeps its pace.
/// </remarks>
public sealed class CronSchedule : IEquatable<CronSchedule>
{
    private readonly CronExpression _schedule;

    // Present only under the OR rule; _schedule then matches by day of month alone.
    private readonly CronExpression? _byDayOfWeek;

    private CronSchedule(string expression, IReadOnlyList<string> texts, IReadOnlyList<CronFieldValues> fields)
    {
        Expression = expression;

        // Minute and hour go as written (Cronos reads interval-ness from them); the day and month
        // fields as the lists they denote.
        var (minute, hour) = (texts[0], texts[1]);
        var (dayOfMonth, month, dayOfWeek) = (fields[2].ToList(), fields[3].ToList(), fields[4].ToList());
        if (fields[2].StartsWithStar || fields[4].StartsWithStar)
        {
            _schedule = Cronos($"{minute} {hour} {dayOfMonth} {month} {dayOfWeek}");
        }
        else
        {
            _schedule = Cronos($"{minute} {hour} {dayOfMonth} {month} *");
            _byDayOfWeek = Cronos($"{minute} {hour} * {month} {dayOfWeek}");
        }
    }

    /// <summary>The expression as given, without surrounding whitespace.</summary>
    public string Expression { get; }

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
        return new CronSchedule(trimmed, parts, values);
    }

    /// <summary>
    /// The first occurrence strictly after <paramref name="after"/> on the wall clock of
    /// <paramref name="zone"/>, or null when there is none (February 30).
    /// </summary>
    public DateTimeOffset? GetNextOccurrence(DateTimeOffset after, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var next = _schedule.GetNextOccurrence(after, zone);
        if (_byDayOfWeek?.GetNextOccurrence(after, zone) is { } byDayOfWeek && (next is null || byDayOfWeek < next))
        {
            next = byDayOfWeek;
        }

        return next;
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

    private static CronExpression Cronos(string fields) => CronExpression.Parse(fields, CronFormat.Standard);
}
