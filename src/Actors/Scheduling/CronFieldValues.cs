namespace NanoClaw.Actors.Scheduling;

/// <summary>
/// One parsed cron field: the values it matches, ascending, and whether its text starts with
/// <c>*</c>. Vixie cron uses that flag for two rules: the day fields are OR-ed only when neither
/// starts with <c>*</c>, and a job whose minute or hour starts with <c>*</c> follows the clock
/// through daylight-saving changes instead of firing once per local time.
/// </summary>
internal sealed record CronFieldValues(bool StartsWithStar, IReadOnlyList<int> Values)
{
    /// <summary>The field as NCrontab reads it: an explicit list of numbers.</summary>
    public string ToNCrontab() => string.Join(',', Values);
}
