namespace NanoClaw.Actors.Tests.Scheduling.Reference;

/// <summary>
/// The occurrences of a <see cref="CronCase"/>, found by walking the zone's wall clock minute by
/// minute, day after day, with the rules users were promised: a day matches by both day fields, or
/// by either when neither starts with <c>*</c>; a matching minute that the clock skips becomes the
/// instant after the gap (once per gap); a repeated minute fires in its first pass, and for interval
/// expressions in its second pass as well.
/// </summary>
internal static class BruteForceCron
{
    private const int MaxDays = 366 * 12;

    public static IReadOnlyList<DateTimeOffset> Next(CronCase cron, DateTimeOffset after, TimeZoneInfo zone, int count)
    {
        var found = new SortedSet<DateTimeOffset>();
        var day = TimeZoneInfo.ConvertTime(after, zone).Date.AddDays(-1);
        for (var days = 0; days < MaxDays; days++, day = day.AddDays(1))
        {
            // A day's instants all come before those of two days later, so stop once that far past enough.
            if (found.Count(i => i > after) >= count && TimeZoneInfo.ConvertTime(found.Where(i => i > after).ElementAt(count - 1), zone).Date.AddDays(2) <= day)
            {
                break;
            }

            if (!DayMatches(cron, day))
            {
                continue;
            }

            for (var minute = 0; minute < 24 * 60; minute++)
            {
                if (cron.Hours.Contains(minute / 60) && cron.Minutes.Contains(minute % 60))
                {
                    foreach (var instant in Instants(cron, zone, day.AddMinutes(minute)))
                    {
                        found.Add(instant);
                    }
                }
            }
        }

        return [.. found.Where(i => i > after).Take(count)];
    }

    private static bool DayMatches(CronCase cron, DateTime day)
    {
        if (!cron.Months.Contains(day.Month))
        {
            return false;
        }

        var byMonthDay = cron.DaysOfMonth.Contains(day.Day);
        var byWeekDay = cron.DaysOfWeek.Contains((int)day.DayOfWeek);
        return cron.DayOfMonthStar || cron.DayOfWeekStar ? byMonthDay && byWeekDay : byMonthDay || byWeekDay;
    }

    private static IEnumerable<DateTimeOffset> Instants(CronCase cron, TimeZoneInfo zone, DateTime local)
    {
        if (zone.IsInvalidTime(local))
        {
            var after = local;
            while (zone.IsInvalidTime(after))
            {
                after = after.AddMinutes(1);
            }

            yield return new DateTimeOffset(after, zone.GetUtcOffset(after));
        }
        else if (zone.IsAmbiguousTime(local))
        {
            var offsets = zone.GetAmbiguousTimeOffsets(local);
            yield return new DateTimeOffset(local, offsets.Max());
            if (cron.Interval)
            {
                yield return new DateTimeOffset(local, offsets.Min());
            }
        }
        else
        {
            yield return new DateTimeOffset(local, zone.GetUtcOffset(local));
        }
    }
}
