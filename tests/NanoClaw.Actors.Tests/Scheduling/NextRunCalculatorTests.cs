using Microsoft.Extensions.Time.Testing;
using System.Globalization;
using NanoClaw.Actors.Scheduling;

namespace NanoClaw.Actors.Tests.Scheduling;

public sealed class NextRunCalculatorTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private FakeTimeProvider _time = new(At("2026-01-10T12:00:00+00:00"));

    [Fact]
    public void FirstRun_Cron_IsNextOccurrenceInZone()
    {
        var next = Calculator(Berlin).FirstRun(TaskSchedule.Parse("cron", "0 9 * * *"));

        Assert.Equal(At("2026-01-11T09:00:00+01:00"), next);
    }

    [Fact]
    public void FirstRun_Interval_IsNowPlusInterval()
    {
        var next = Calculator(Berlin).FirstRun(TaskSchedule.Parse("interval", "3600000"));

        Assert.Equal(At("2026-01-10T13:00:00+00:00"), next);
    }

    [Fact]
    public void FirstRun_OnceInFuture_IsItsLocalTime()
    {
        var next = Calculator(NewYork).FirstRun(TaskSchedule.Parse("once", "2026-01-10T09:30"));

        Assert.Equal(At("2026-01-10T09:30:00-05:00"), next);
        Assert.True(next > _time.GetUtcNow());
    }

    [Fact]
    public void FirstRun_OnceInPast_IsDueAtOnce()
    {
        var next = Calculator(Berlin).FirstRun(TaskSchedule.Parse("once", "2026-01-10T09:30"));

        Assert.Equal(At("2026-01-10T09:30:00+01:00"), next);
        Assert.True(next <= _time.GetUtcNow());
    }

    [Theory]
    [InlineData("Europe/Berlin", "2026-03-29T02:30", "2026-03-29T03:00:00+02:00")]
    [InlineData("America/New_York", "2026-03-08T02:15", "2026-03-08T03:00:00-04:00")]
    [InlineData("Europe/Berlin", "2026-10-25T02:30", "2026-10-25T02:30:00+02:00")]
    [InlineData("America/New_York", "2026-11-01T01:30", "2026-11-01T01:30:00-04:00")]
    public void OnceAt_DstGapOrOverlap_ResolvesToFirstValidInstant(string zoneId, string local, string expected)
    {
        var calculator = new NextRunCalculator(_time, TimeZoneInfo.FindSystemTimeZoneById(zoneId));

        var instant = calculator.OnceAt(TaskSchedule.Parse("once", local));

        Assert.Equal(At(expected), instant);
        Assert.Equal(At(expected).Offset, instant.Offset);
    }

    [Fact]
    public void AfterRun_Once_CompletesTheTask()
    {
        var schedule = TaskSchedule.Parse("once", "2026-01-10T12:00");

        Assert.Null(Calculator(Berlin).AfterRun(schedule, At("2026-01-10T11:00:00+00:00")));
    }

    [Fact]
    public void AfterRun_IntervalOnTime_AddsOneInterval()
    {
        _time = new FakeTimeProvider(At("2026-01-10T12:00:40+00:00"));

        var next = Calculator(Berlin).AfterRun(TaskSchedule.Parse("interval", "600000"), At("2026-01-10T12:00:00+00:00"));

        Assert.Equal(At("2026-01-10T12:10:00+00:00"), next);
    }

    [Fact]
    public void AfterRun_IntervalAfterLongDowntime_StaysOnGridAndSkipsMissedSlots()
    {
        var dueAt = At("2026-01-10T12:00:00+00:00");
        _time = new FakeTimeProvider(At("2026-04-02T07:13:29+00:00"));

        var next = Calculator(Berlin).AfterRun(TaskSchedule.Parse("interval", "3600000"), dueAt);

        Assert.Equal(At("2026-04-02T08:00:00+00:00"), next);
        Assert.Equal(0, (next!.Value - dueAt).Ticks % TimeSpan.FromHours(1).Ticks);
    }

    [Fact]
    public void AfterRun_IntervalExactlyOnASlot_MovesPastNow()
    {
        _time = new FakeTimeProvider(At("2026-01-10T12:30:00+00:00"));

        var next = Calculator(Berlin).AfterRun(TaskSchedule.Parse("interval", "600000"), At("2026-01-10T12:00:00+00:00"));

        Assert.Equal(At("2026-01-10T12:40:00+00:00"), next);
    }

    [Fact]
    public void AfterRun_IntervalAcrossDst_KeepsAbsoluteDuration()
    {
        _time = new FakeTimeProvider(At("2026-03-29T01:00:00+01:00"));

        var next = Calculator(Berlin).AfterRun(TaskSchedule.Parse("interval", "7200000"), At("2026-03-29T01:00:00+01:00"));

        Assert.Equal(At("2026-03-29T04:00:00+02:00"), next);
    }

    [Fact]
    public void AfterRun_CronLongRun_IsNextOccurrenceAfterNow()
    {
        _time = new FakeTimeProvider(At("2026-01-10T09:20:00+01:00"));

        var next = Calculator(Berlin).AfterRun(TaskSchedule.Parse("cron", "*/15 * * * *"), At("2026-01-10T09:00:00+01:00"));

        Assert.Equal(At("2026-01-10T09:30:00+01:00"), next);
    }

    [Fact]
    public void AfterRun_CronWhenClockBehindDueTime_NeverRepeatsTheDueTime()
    {
        _time = new FakeTimeProvider(At("2026-01-10T08:59:59+01:00"));

        var next = Calculator(Berlin).AfterRun(TaskSchedule.Parse("cron", "0 9 * * *"), At("2026-01-10T09:00:00+01:00"));

        Assert.Equal(At("2026-01-11T09:00:00+01:00"), next);
    }

    [Fact]
    public void AfterRun_CronAcrossSpringForward_RunsAtTheJump()
    {
        _time = new FakeTimeProvider(At("2026-03-28T02:31:00+01:00"));

        var next = Calculator(Berlin).AfterRun(TaskSchedule.Parse("cron", "30 2 * * *"), At("2026-03-28T02:30:00+01:00"));

        Assert.Equal(At("2026-03-29T03:00:00+02:00"), next);
    }

    [Fact]
    public void AfterRun_CronInRepeatedHour_DoesNotRunAgainInSecondPass()
    {
        _time = new FakeTimeProvider(At("2026-11-01T01:31:00-04:00"));

        var next = Calculator(NewYork).AfterRun(TaskSchedule.Parse("cron", "30 1 * * *"), At("2026-11-01T01:30:00-04:00"));

        Assert.Equal(At("2026-11-02T01:30:00-05:00"), next);
    }

    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    private NextRunCalculator Calculator(TimeZoneInfo zone) => new(_time, zone);
}
