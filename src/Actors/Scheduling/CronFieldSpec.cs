namespace NanoClaw.Actors.Scheduling;

/// <summary>
/// What one cron field accepts. Day-of-week runs 0-7 as in Vixie cron, 7 being Sunday again;
/// <see cref="CronFieldParser"/> folds 7 onto 0.
/// </summary>
internal sealed record CronFieldSpec(CronField Field, string Name, int Min, int Max, IReadOnlyList<string> Names)
{
    public static readonly CronFieldSpec Minute = new(CronField.Minute, "minute", 0, 59, []);

    public static readonly CronFieldSpec Hour = new(CronField.Hour, "hour", 0, 23, []);

    public static readonly CronFieldSpec DayOfMonth = new(CronField.DayOfMonth, "day-of-month", 1, 31, []);

    /// <summary>Names index from <see cref="Min"/>: JAN is 1.</summary>
    public static readonly CronFieldSpec Month = new(
        CronField.Month, "month", 1, 12, ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]);

    /// <summary>Names index from <see cref="Min"/>: SUN is 0.</summary>
    public static readonly CronFieldSpec DayOfWeek = new(
        CronField.DayOfWeek, "day-of-week", 0, 7, ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"]);

    /// <summary>The fields in the order they are written.</summary>
    public static IReadOnlyList<CronFieldSpec> All { get; } = [Minute, Hour, DayOfMonth, Month, DayOfWeek];

    public string Allowed => Names.Count == 0
        ? $"{Min}-{Max}"
        : $"{Min}-{Max} or {Names[0]}-{Names[^1]}";
}
