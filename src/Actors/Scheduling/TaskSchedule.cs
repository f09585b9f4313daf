using System.Globalization;

namespace NanoClaw.Actors.Scheduling;

/// <summary>
/// A validated schedule: its type, its value in canonical form (what the store keeps as
/// <c>schedule_value</c>) and the parsed payload. Time-independent; <c>NextRunCalculator</c>
/// turns it into due times in the configured zone.
/// </summary>
public sealed record TaskSchedule
{
    /// <summary>The shortest interval: one minute, the resolution of cron and of a task's timer.</summary>
    public const long MinimumIntervalMilliseconds = 60_000;

    /// <summary>The longest interval: 366 days. Rarer schedules read better as cron.</summary>
    public const long MaximumIntervalMilliseconds = 366L * 24 * 60 * 60 * 1000;

    private TaskSchedule(ScheduleType type, string value)
    {
        Type = type;
        Value = value;
    }

    public ScheduleType Type { get; }

    /// <summary>Cron: the trimmed expression; interval: milliseconds; once: <c>yyyy-MM-ddTHH:mm:ss</c>.</summary>
    public string Value { get; }

    /// <summary>Set for <see cref="ScheduleType.Cron"/>.</summary>
    public CronSchedule? Cron { get; private init; }

    /// <summary>Set for <see cref="ScheduleType.Interval"/>.</summary>
    public TimeSpan? Interval { get; private init; }

    /// <summary>Set for <see cref="ScheduleType.Once"/>: a wall-clock time in the configured zone.</summary>
    public DateTime? OnceLocal { get; private init; }

    /// <summary>Parses the wire form: <paramref name="type"/> is <c>cron</c>, <c>interval</c> or <c>once</c>.</summary>
    /// <exception cref="TaskScheduleException">The type or the value does not validate.</exception>
    public static TaskSchedule Parse(string? type, string? value) => Parse(ScheduleWireNames.ParseScheduleType(type), value);

    /// <exception cref="TaskScheduleException">The value does not validate.</exception>
    public static TaskSchedule Parse(ScheduleType type, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new TaskScheduleException($"schedule_value is required for a {ScheduleWireNames.ToWire(type)} schedule");
        }

        return type switch
        {
            ScheduleType.Cron => ParseCron(value),
            ScheduleType.Interval => ParseInterval(value),
            ScheduleType.Once => ParseOnce(value),
            _ => throw new TaskScheduleException($"schedule_type {type} is not supported"),
        };
    }

    /// <summary>Like <see cref="Parse(string?, string?)"/>, with the message instead of an exception.</summary>
    public static bool TryParse(string? type, string? value, out TaskSchedule? schedule, out string? error)
    {
        try
        {
            schedule = Parse(type, value);
            error = null;
            return true;
        }
        catch (TaskScheduleException exception)
        {
            schedule = null;
            error = exception.Message;
            return false;
        }
    }

    private static TaskSchedule ParseCron(string value)
    {
        CronSchedule cron;
        try
        {
            cron = CronSchedule.Parse(value);
        }
        catch (CronFormatException exception)
        {
            throw new TaskScheduleException(exception.Message, exception);
        }

        // Cronos searches every year it supports, so one search decides "never".
        if (cron.GetNextOccurrence(DateTimeOffset.UnixEpoch, TimeZoneInfo.Utc) is null)
        {
            throw new TaskScheduleException(
                $"cron \"{cron.Expression}\" never fires: no month has the day-of-month it names (such as February 30)");
        }

        return new TaskSchedule(ScheduleType.Cron, cron.Expression) { Cron = cron };
    }

    private static TaskSchedule ParseInterval(string value)
    {
        var text = value.Trim();
        if (!text.All(char.IsAsciiDigit)
            || !long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds))
        {
            throw new TaskScheduleException(
                $"interval \"{value}\" is not a whole number of milliseconds (e.g. 3600000 for one hour)");
        }

        if (milliseconds is < MinimumIntervalMilliseconds or > MaximumIntervalMilliseconds)
        {
            throw new TaskScheduleException(
                $"interval {milliseconds} ms is outside {MinimumIntervalMilliseconds} ms (one minute) to "
                + $"{MaximumIntervalMilliseconds} ms (366 days)");
        }

        var canonical = milliseconds.ToString(CultureInfo.InvariantCulture);
        return new TaskSchedule(ScheduleType.Interval, canonical) { Interval = TimeSpan.FromMilliseconds(milliseconds) };
    }

    private static TaskSchedule ParseOnce(string value)
    {
        var local = LocalIsoTime.Parse(value);
        return new TaskSchedule(ScheduleType.Once, LocalIsoTime.Format(local)) { OnceLocal = local };
    }
}
