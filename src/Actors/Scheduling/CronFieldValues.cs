namespace NanoClaw.Actors.Scheduling;

/// <summary>
/// One parsed cron field: the values it matches, ascending, and whether its text starts with
/// <c>*</c>. Vixie cron uses that flag for its day-field rule: the day fields are OR-ed only when
/// neither starts with <c>*</c>.
/// </summary>
internal sealed record CronFieldValues(bool StartsWithStar, IReadOnlyList<int> Values)
{
    /// <summary>The field as an explicit list of numbers.</summary>
    public string ToList() => string.Join(',', Values);
}
