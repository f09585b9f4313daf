using NanoClaw.Actors.Scheduling;

namespace NanoClaw.Actors.Tests.Scheduling;

public sealed class TaskScheduleTests
{
    [Fact]
    public void Parse_Cron_KeepsTrimmedExpression()
    {
        var schedule = TaskSchedule.Parse("cron", " 0 9 * * MON-FRI ");

        Assert.Equal(ScheduleType.Cron, schedule.Type);
        Assert.Equal("0 9 * * MON-FRI", schedule.Value);
        Assert.Equal(CronSchedule.Parse("0 9 * * MON-FRI"), schedule.Cron);
        Assert.Null(schedule.Interval);
        Assert.Null(schedule.OnceLocal);
    }

    [Theory]
    [InlineData("3600000", 3_600_000L, "3600000")]
    [InlineData(" 60000 ", 60_000L, "60000")]
    [InlineData("0086400000", 86_400_000L, "86400000")]
    [InlineData("31622400000", 31_622_400_000L, "31622400000")]
    public void Parse_Interval_ReadsMilliseconds(string value, long milliseconds, string canonical)
    {
        var schedule = TaskSchedule.Parse("interval", value);

        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), schedule.Interval);
        Assert.Equal(canonical, schedule.Value);
    }

    [Theory]
    [InlineData("2026-02-01T15:30", "2026-02-01T15:30:00")]
    [InlineData("2026-02-01T15:30:00", "2026-02-01T15:30:00")]
    [InlineData("2026-02-01 15:30:05", "2026-02-01T15:30:05")]
    [InlineData("2026-02-01T15:30:00.250", "2026-02-01T15:30:00.25")]
    [InlineData("2028-02-29T00:00", "2028-02-29T00:00:00")]
    public void Parse_Once_ReadsLocalIsoTime(string value, string canonical)
    {
        var schedule = TaskSchedule.Parse("once", value);

        Assert.Equal(canonical, schedule.Value);
        Assert.Equal(DateTimeKind.Unspecified, schedule.OnceLocal?.Kind);
    }

    [Theory]
    [InlineData("cron", "0 0 30 2 *", "cron \"0 0 30 2 *\" never fires: no month has the day-of-month it names (such as February 30)")]
    [InlineData("cron", "0 0 31 4,6,9,11 *", "cron \"0 0 31 4,6,9,11 *\" never fires: no month has the day-of-month it names (such as February 30)")]
    [InlineData("cron", "61 * * * *", "Invalid cron expression \"61 * * * *\": minute field: \"61\" is out of range (allowed 0-59)")]
    [InlineData("cron", "", "schedule_value is required for a cron schedule")]
    [InlineData("interval", "1h", "interval \"1h\" is not a whole number of milliseconds (e.g. 3600000 for one hour)")]
    [InlineData("interval", "-5", "interval \"-5\" is not a whole number of milliseconds (e.g. 3600000 for one hour)")]
    [InlineData("interval", "1.5", "interval \"1.5\" is not a whole number of milliseconds (e.g. 3600000 for one hour)")]
    [InlineData("interval", "99999999999999999999", "interval \"99999999999999999999\" is not a whole number of milliseconds (e.g. 3600000 for one hour)")]
    [InlineData("interval", "0", "interval 0 ms is outside 60000 ms (one minute) to 31622400000 ms (366 days)")]
    [InlineData("interval", "59999", "interval 59999 ms is outside 60000 ms (one minute) to 31622400000 ms (366 days)")]
    [InlineData("interval", "31622400001", "interval 31622400001 ms is outside 60000 ms (one minute) to 31622400000 ms (366 days)")]
    [InlineData("once", "2026-02-01T15:30:00Z", "once \"2026-02-01T15:30:00Z\" carries a UTC offset; give the local time without Z or +hh:mm, it is read in the configured time zone (e.g. 2026-02-01T15:30:00)")]
    [InlineData("once", "2026-02-01T15:30:00+01:00", "once \"2026-02-01T15:30:00+01:00\" carries a UTC offset; give the local time without Z or +hh:mm, it is read in the configured time zone (e.g. 2026-02-01T15:30:00)")]
    [InlineData("once", "2026-02-01T15:30-0500", "once \"2026-02-01T15:30-0500\" carries a UTC offset; give the local time without Z or +hh:mm, it is read in the configured time zone (e.g. 2026-02-01T15:30:00)")]
    [InlineData("once", "2026-02-01", "once \"2026-02-01\" is not a local ISO date and time such as 2026-02-01T15:30:00")]
    [InlineData("once", "tomorrow 9am", "once \"tomorrow 9am\" is not a local ISO date and time such as 2026-02-01T15:30:00")]
    [InlineData("once", "2026-02-30T10:00", "once \"2026-02-30T10:00\" is not a local ISO date and time such as 2026-02-01T15:30:00")]
    [InlineData("once", "2027-02-29T10:00", "once \"2027-02-29T10:00\" is not a local ISO date and time such as 2026-02-01T15:30:00")]
    [InlineData("weekly", "x", "schedule_type \"weekly\" is not valid; use cron, interval or once")]
    [InlineData(null, "x", "schedule_type is required; use cron, interval or once")]
    public void Parse_InvalidValue_ThrowsWithMessage(string? type, string value, string message)
    {
        var error = Assert.Throws<TaskScheduleException>(() => TaskSchedule.Parse(type, value));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void TryParse_Invalid_ReturnsMessageAndNoSchedule()
    {
        var parsed = TaskSchedule.TryParse("interval", "0", out var schedule, out var error);

        Assert.False(parsed);
        Assert.Null(schedule);
        Assert.StartsWith("interval 0 ms is outside", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_Valid_ReturnsSchedule()
    {
        var parsed = TaskSchedule.TryParse("ONCE", "2026-02-01T15:30", out var schedule, out var error);

        Assert.True(parsed);
        Assert.Null(error);
        Assert.Equal(ScheduleType.Once, schedule?.Type);
    }

    [Fact]
    public void Equals_SameTypeAndValue_AreEqual()
    {
        Assert.Equal(TaskSchedule.Parse("cron", "@daily"), TaskSchedule.Parse("cron", " @daily"));
        Assert.NotEqual(TaskSchedule.Parse("interval", "60000"), TaskSchedule.Parse("interval", "120000"));
    }
}
