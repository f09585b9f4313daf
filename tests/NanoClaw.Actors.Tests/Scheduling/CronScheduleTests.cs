using NanoClaw.Actors.Scheduling;

namespace NanoClaw.Actors.Tests.Scheduling;

public sealed class CronScheduleTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Theory]
    [InlineData("0 12 * * 0", "0 12 * * 7")]
    [InlineData("0 12 * * 0", "0 12 * * SUN")]
    [InlineData("0 12 * * 1-5", "0 12 * * MON-FRI")]
    [InlineData("0 0 1 1-3 *", "0 0 1 JAN-MAR *")]
    [InlineData("@weekly", "0 0 * * 7")]
    public void GetNextOccurrence_EquivalentSpellings_AgreeForAYear(string left, string right)
    {
        Assert.Equal(Occurrences(left, 60), Occurrences(right, 60));
    }

    [Fact]
    public void GetNextOccurrence_FallBackHourEveryFiveMinutes_KeepsRealTimePace()
    {
        var occurrences = Occurrences("*/5 * * * *", 30, new DateTimeOffset(2026, 10, 25, 1, 50, 0, TimeSpan.FromHours(2)));

        var gaps = occurrences.Zip(occurrences.Skip(1), (earlier, later) => later - earlier).Distinct();
        Assert.Equal([TimeSpan.FromMinutes(5)], gaps);
    }

    [Fact]
    public void GetNextOccurrence_FixedTimeAcrossAYearOfDst_FiresOncePerDay()
    {
        var occurrences = Occurrences("30 2 * * *", 366, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(1)));

        var days = occurrences.Select(instant => TimeZoneInfo.ConvertTime(instant, Berlin).Date).ToList();
        Assert.Equal(days.Count, days.Distinct().Count());
        Assert.Equal(new DateTime(2027, 1, 1), days[^1]);
    }

    [Fact]
    public void Equals_SameExpression_AreEqual()
    {
        Assert.Equal(CronSchedule.Parse("0 9 * * *"), CronSchedule.Parse(" 0 9 * * * "));
        Assert.NotEqual(CronSchedule.Parse("0 9 * * *"), CronSchedule.Parse("0 9 * * 0-7"));
        Assert.Equal("0 9 * * *", CronSchedule.Parse("0 9 * * *").ToString());
    }

    private static List<DateTimeOffset> Occurrences(string expression, int count, DateTimeOffset? from = null)
    {
        var schedule = CronSchedule.Parse(expression);
        var result = new List<DateTimeOffset>();
        var cursor = from ?? new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var index = 0; index < count && schedule.GetNextOccurrence(cursor, Berlin) is { } next; index++)
        {
            result.Add(next);
            cursor = next;
        }

        return result;
    }
}
