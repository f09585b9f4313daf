namespace NanoClaw.Actors.Scheduling;

public sealed partial class CronSchedule
{
    /// <summary>
    /// How far ahead <see cref="GetNextOccurrence"/> looks. Any expression that matches at all
    /// matches again within 40 years: the longest wait is for Feb 29 on one weekday
    /// (<c>0 0 29 2 */7</c>, from 2088 to 2128, as 2100 is no leap year).
    /// </summary>
    public const int SearchYears = 50;

    /// <summary>
    /// The first occurrence strictly after <paramref name="after"/>, evaluated on the wall clock of
    /// <paramref name="zone"/>, or null when there is none within <see cref="SearchYears"/> (Feb 30).
    /// </summary>
    /// <remarks>
    /// Daylight-saving changes follow Vixie cron. A fixed-time job (<see cref="IsFixedTime"/>) whose
    /// time falls in a spring-forward gap runs at the instant the clock jumps to (02:30 → 03:00), and
    /// a time repeated by fall-back fires once, in its first pass. A job whose minute or hour starts
    /// with <c>*</c> follows the clock as it runs: minutes skipped by a gap do not occur, and the
    /// repeated hour fires again in its second pass, so "every 5 minutes" keeps its pace.
    /// </remarks>
    public DateTimeOffset? GetNextOccurrence(DateTimeOffset after, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(after, zone);
        var end = local.DateTime.AddYears(SearchYears);
        var secondPass = IsFixedTime ? null : ZoneTime.SecondPassAhead(zone, local);
        var cursor = local.DateTime;
        while (true)
        {
            var candidate = NextLocal(cursor, end);
            if (secondPass is not null && (candidate is null || candidate >= secondPass.End))
            {
                if (NextLocal(secondPass.Start.AddMinutes(-1), end) is { } repeated && repeated < secondPass.End)
                {
                    return new DateTimeOffset(repeated, secondPass.StandardOffset);
                }

                secondPass = null;
            }

            if (candidate is null)
            {
                return null;
            }

            if (Resolve(candidate.Value, after, zone, out var resumeAfter) is { } instant)
            {
                return instant;
            }

            cursor = resumeAfter;
        }
    }

    /// <summary>The instant for a matching wall-clock time, or null to search on after <paramref name="resumeAfter"/>.</summary>
    private DateTimeOffset? Resolve(DateTime candidate, DateTimeOffset after, TimeZoneInfo zone, out DateTime resumeAfter)
    {
        resumeAfter = candidate;
        if (zone.IsInvalidTime(candidate))
        {
            var jumpedTo = ZoneTime.GapEnd(zone, candidate);
            if (IsFixedTime)
            {
                return jumpedTo;
            }

            resumeAfter = jumpedTo.DateTime.AddMinutes(-1);
            return null;
        }

        if (zone.IsAmbiguousTime(candidate))
        {
            var first = new DateTimeOffset(candidate, ZoneTime.Daylight(zone, candidate));
            var second = new DateTimeOffset(candidate, ZoneTime.Standard(zone, candidate));
            return first > after ? first : !IsFixedTime && second > after ? second : null;
        }

        var instant = new DateTimeOffset(candidate, zone.GetUtcOffset(candidate));
        return instant > after ? instant : null;
    }

    private DateTime? NextLocal(DateTime cursor, DateTime end)
    {
        var next = _schedule.GetNextOccurrence(cursor, end);
        if (_byDayOfWeek is not null)
        {
            var byDayOfWeek = _byDayOfWeek.GetNextOccurrence(cursor, end);
            next = byDayOfWeek < next ? byDayOfWeek : next;
        }

        return next < end ? next : null;
    }
}
