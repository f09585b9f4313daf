namespace NanoClaw.Actors.Scheduling;

/// <summary>
/// Turns wall-clock times of a time zone into instants across daylight-saving changes.
/// Transitions fall on whole minutes in every zone of the tz database that is in use today.
/// </summary>
internal static class ZoneTime
{
    // The longest jump in the tz database is a skipped day (Samoa, December 2011).
    private const int LongestTransitionMinutes = 48 * 60;

    /// <summary>
    /// The instant a wall-clock time stands for: a time in a gap becomes the instant the clock jumps
    /// to, a repeated time its first occurrence.
    /// </summary>
    public static DateTimeOffset ResolveFirst(TimeZoneInfo zone, DateTime local)
    {
        if (zone.IsInvalidTime(local))
        {
            return GapEnd(zone, local);
        }

        return zone.IsAmbiguousTime(local)
            ? new DateTimeOffset(local, Daylight(zone, local))
            : new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>The instant the clock jumps to over the gap that holds <paramref name="invalidLocal"/>.</summary>
    public static DateTimeOffset GapEnd(TimeZoneInfo zone, DateTime invalidLocal)
    {
        var minute = TruncateToMinute(invalidLocal);
        for (var step = 0; step < LongestTransitionMinutes && zone.IsInvalidTime(minute); step++)
        {
            minute = minute.AddMinutes(1);
        }

        if (zone.IsInvalidTime(minute))
        {
            throw new InvalidOperationException($"{zone.Id} has no valid time within two days after {invalidLocal:s}.");
        }

        return new DateTimeOffset(minute, zone.GetUtcOffset(minute));
    }

    /// <summary>The offset of the first pass through a repeated local time.</summary>
    public static TimeSpan Daylight(TimeZoneInfo zone, DateTime ambiguousLocal) => zone.GetAmbiguousTimeOffsets(ambiguousLocal).Max();

    private static DateTime TruncateToMinute(DateTime time) => new(time.Ticks - (time.Ticks % TimeSpan.TicksPerMinute), time.Kind);
}
