using Microsoft.Extensions.Time.Testing;
using System.Globalization;
using NanoClaw.Actors.Scheduling;

namespace NanoClaw.Actors.Tests.Scheduling;

public sealed class MisfireTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    // The node was down from 2026-01-10 06:00 to 12:00 (Berlin 07:00 to 13:00).
    private readonly FakeTimeProvider _time = new(At("2026-01-10T12:00:00+00:00"));

    [Fact]
    public void AtStart_RunOnceWithMissedCron_RunsNowForTheMissedDueTime()
    {
        var missed = At("2026-01-10T09:00:00+01:00");

        var decision = Calculator.AtStart(TaskSchedule.Parse("cron", "0 * * * *"), missed, MisfirePolicy.RunOnce);

        Assert.Equal(new MisfireDecision(MisfireAction.RunNow, missed), decision);
    }

    [Fact]
    public void AtStart_RunOnceThenAfterRun_SkipsTheOtherMissedSlots()
    {
        var schedule = TaskSchedule.Parse("interval", "1800000");
        var decision = Calculator.AtStart(schedule, At("2026-01-10T06:30:00+00:00"), MisfirePolicy.RunOnce);
        _time.Advance(TimeSpan.FromMinutes(3));

        var next = Calculator.AfterRun(schedule, decision.NextRun!.Value);

        Assert.Equal(MisfireAction.RunNow, decision.Action);
        Assert.Equal(At("2026-01-10T12:30:00+00:00"), next);
    }

    [Fact]
    public void AtStart_SkipWithMissedCron_WaitsForNextOccurrenceAfterNow()
    {
        var decision = Calculator.AtStart(TaskSchedule.Parse("cron", "0 9 * * *"), At("2026-01-10T09:00:00+01:00"), MisfirePolicy.Skip);

        Assert.Equal(new MisfireDecision(MisfireAction.Skip, At("2026-01-11T09:00:00+01:00")), decision);
    }

    [Fact]
    public void AtStart_SkipWithMissedInterval_StaysOnGrid()
    {
        var decision = Calculator.AtStart(TaskSchedule.Parse("interval", "3600000"), At("2026-01-10T06:15:00+00:00"), MisfirePolicy.Skip);

        Assert.Equal(new MisfireDecision(MisfireAction.Skip, At("2026-01-10T12:15:00+00:00")), decision);
    }

    [Fact]
    public void AtStart_SkipWithMissedOnce_CompletesWithoutRunning()
    {
        var schedule = TaskSchedule.Parse("once", "2026-01-10T08:00");

        var decision = Calculator.AtStart(schedule, Calculator.OnceAt(schedule), MisfirePolicy.Skip);

        Assert.Equal(new MisfireDecision(MisfireAction.Skip, null), decision);
    }

    [Fact]
    public void AtStart_RunOnceWithMissedOnce_RunsNow()
    {
        var schedule = TaskSchedule.Parse("once", "2026-01-10T08:00");

        var decision = Calculator.AtStart(schedule, Calculator.OnceAt(schedule), MisfirePolicy.RunOnce);

        Assert.Equal(MisfireAction.RunNow, decision.Action);
    }

    [Theory]
    [InlineData(MisfirePolicy.RunOnce)]
    [InlineData(MisfirePolicy.Skip)]
    public void AtStart_NotYetDue_KeepsItsDueTime(MisfirePolicy policy)
    {
        var due = At("2026-01-10T12:00:01+00:00");

        var decision = Calculator.AtStart(TaskSchedule.Parse("cron", "* * * * *"), due, policy);

        Assert.Equal(new MisfireDecision(MisfireAction.NotDue, due), decision);
    }

    [Fact]
    public void AtStart_DueExactlyNow_CountsAsMissed()
    {
        var decision = Calculator.AtStart(TaskSchedule.Parse("cron", "0 13 * * *"), _time.GetUtcNow(), MisfirePolicy.RunOnce);

        Assert.Equal(MisfireAction.RunNow, decision.Action);
    }

    [Fact]
    public void AtStart_NoNextRun_IsNotDue()
    {
        var decision = Calculator.AtStart(TaskSchedule.Parse("once", "2026-01-09T08:00"), null, MisfirePolicy.RunOnce);

        Assert.Equal(new MisfireDecision(MisfireAction.NotDue, null), decision);
    }

    private NextRunCalculator Calculator => new(_time, Berlin);

    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
