using NanoClaw.Actors.Scheduling;

namespace NanoClaw.Actors.Tests.Scheduling;

public sealed class ScheduleWireNamesTests
{
    [Fact]
    public void ToWire_Enums_AreLowercaseWithDashes()
    {
        Assert.Equal("run-once", ScheduleWireNames.ToWire(MisfirePolicy.RunOnce));
        Assert.Equal("skip", ScheduleWireNames.ToWire(MisfirePolicy.Skip));
        Assert.Equal("isolated", ScheduleWireNames.ToWire(ContextMode.Isolated));
        Assert.Equal("group", ScheduleWireNames.ToWire(ContextMode.Group));
        Assert.Equal("interval", ScheduleWireNames.ToWire(ScheduleType.Interval));
        Assert.Equal("interrupted", ScheduleWireNames.ToWire(RunStatus.Interrupted));
    }

    [Theory]
    [InlineData(null, ContextMode.Isolated)]
    [InlineData("", ContextMode.Isolated)]
    [InlineData("isolated", ContextMode.Isolated)]
    [InlineData("Group", ContextMode.Group)]
    public void ParseContextMode_MissingOrKnown_DefaultsToIsolated(string? text, ContextMode expected)
    {
        Assert.Equal(expected, ScheduleWireNames.ParseContextMode(text));
    }

    [Theory]
    [InlineData(null, MisfirePolicy.RunOnce)]
    [InlineData(" ", MisfirePolicy.RunOnce)]
    [InlineData("run-once", MisfirePolicy.RunOnce)]
    [InlineData("skip", MisfirePolicy.Skip)]
    public void ParseMisfirePolicy_MissingOrKnown_DefaultsToRunOnce(string? text, MisfirePolicy expected)
    {
        Assert.Equal(expected, ScheduleWireNames.ParseMisfirePolicy(text));
    }

    [Fact]
    public void ParseContextMode_Unknown_ListsAllowedNames()
    {
        var error = Assert.Throws<TaskScheduleException>(() => ScheduleWireNames.ParseContextMode("shared"));

        Assert.Equal("context_mode \"shared\" is not valid; use isolated or group", error.Message);
    }

    [Fact]
    public void ParseMisfirePolicy_Unknown_ListsAllowedNames()
    {
        var error = Assert.Throws<TaskScheduleException>(() => ScheduleWireNames.ParseMisfirePolicy("catch-up"));

        Assert.Equal("misfire_policy \"catch-up\" is not valid; use run-once or skip", error.Message);
    }

    [Fact]
    public void ParseRunStatus_WireName_RoundTrips()
    {
        foreach (var status in Enum.GetValues<RunStatus>())
        {
            Assert.Equal(status, ScheduleWireNames.ParseRunStatus(ScheduleWireNames.ToWire(status)));
        }
    }
}
