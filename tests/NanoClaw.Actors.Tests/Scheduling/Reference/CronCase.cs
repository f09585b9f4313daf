namespace NanoClaw.Actors.Tests.Scheduling.Reference;

/// <summary>
/// A generated cron expression with the values each field denotes, known without parsing it:
/// the generator picks the sets first and then writes them in one of cron's spellings.
/// </summary>
internal sealed record CronCase(
    string Expression,
    IReadOnlySet<int> Minutes,
    IReadOnlySet<int> Hours,
    IReadOnlySet<int> DaysOfMonth,
    IReadOnlySet<int> Months,
    IReadOnlySet<int> DaysOfWeek,
    bool DayOfMonthStar,
    bool DayOfWeekStar,
    bool Interval);
