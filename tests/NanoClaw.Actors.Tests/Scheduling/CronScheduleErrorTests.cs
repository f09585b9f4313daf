using NanoClaw.Actors.Scheduling;

namespace NanoClaw.Actors.Tests.Scheduling;

public sealed class CronScheduleErrorTests
{
    public static TheoryData<string, CronField, string, string> FieldErrors => new()
    {
        { "60 * * * *", CronField.Minute, "60", "minute field: \"60\" is out of range (allowed 0-59)" },
        { "-1 * * * *", CronField.Minute, "-1", "minute field: \"-1\" is incomplete (allowed 0-59)" },
        { "1- * * * *", CronField.Minute, "1-", "minute field: \"1-\" is incomplete (allowed 0-59)" },
        { "1.5 * * * *", CronField.Minute, "1.5", "minute field: \"1.5\" is not a number (allowed 0-59)" },
        { "MON * * * *", CronField.Minute, "MON", "minute field: \"MON\" is not a number (allowed 0-59)" },
        { "? * * * *", CronField.Minute, "?", "minute field: \"?\" is not a number (allowed 0-59)" },
        { "99999999999 * * * *", CronField.Minute, "99999999999", "minute field: \"99999999999\" is out of range (allowed 0-59)" },
        { "5-1 * * * *", CronField.Minute, "5-1", "minute field: \"5-1\" is a range that runs backwards; write the lower bound first" },
        { "1,,2 * * * *", CronField.Minute, "1,,2", "minute field: \"1,,2\" has an empty list item" },
        { "1, * * * *", CronField.Minute, "1,", "minute field: \"1,\" has an empty list item" },
        { "*/0 * * * *", CronField.Minute, "*/0", "minute field: \"*/0\" has a bad step \"0\"; a step is a number from 1 to 59" },
        { "*/60 * * * *", CronField.Minute, "*/60", "minute field: \"*/60\" has a bad step \"60\"; a step is a number from 1 to 59" },
        { "*/x * * * *", CronField.Minute, "*/x", "minute field: \"*/x\" has a bad step \"x\"; a step is a number from 1 to 59" },
        { "*/ * * * *", CronField.Minute, "*/", "minute field: \"*/\" has a bad step \"\"; a step is a number from 1 to 59" },
        { "0 24 * * *", CronField.Hour, "24", "hour field: \"24\" is out of range (allowed 0-23)" },
        { "0 */24 * * *", CronField.Hour, "*/24", "hour field: \"*/24\" has a bad step \"24\"; a step is a number from 1 to 23" },
        { "0 0 0 * *", CronField.DayOfMonth, "0", "day-of-month field: \"0\" is out of range (allowed 1-31)" },
        { "0 0 32 * *", CronField.DayOfMonth, "32", "day-of-month field: \"32\" is out of range (allowed 1-31)" },
        { "0 0 L * *", CronField.DayOfMonth, "L", "day-of-month field: \"L\" is not a number (allowed 1-31)" },
        { "0 0 15W * *", CronField.DayOfMonth, "15W", "day-of-month field: \"15W\" is not a number (allowed 1-31)" },
        { "0 0 * 0 *", CronField.Month, "0", "month field: \"0\" is out of range (allowed 1-12 or JAN-DEC)" },
        { "0 0 * 13 *", CronField.Month, "13", "month field: \"13\" is out of range (allowed 1-12 or JAN-DEC)" },
        { "0 0 * FOO *", CronField.Month, "FOO", "month field: \"FOO\" is not a number or a name (allowed 1-12 or JAN-DEC)" },
        { "0 0 * DEC-JAN *", CronField.Month, "DEC-JAN", "month field: \"DEC-JAN\" is a range that runs backwards; write the lower bound first" },
        { "0 0 * * 8", CronField.DayOfWeek, "8", "day-of-week field: \"8\" is out of range (allowed 0-7 or SUN-SAT)" },
        { "0 0 * * SUNDAY", CronField.DayOfWeek, "SUNDAY", "day-of-week field: \"SUNDAY\" is not a number or a name (allowed 0-7 or SUN-SAT)" },
        { "0 0 * * 5#3", CronField.DayOfWeek, "5#3", "day-of-week field: \"5#3\" is not a number or a name (allowed 0-7 or SUN-SAT)" },
        { "0 0 * * FRI-MON", CronField.DayOfWeek, "FRI-MON", "day-of-week field: \"FRI-MON\" is a range that runs backwards; write the lower bound first" },
        { "0 0 * * */8", CronField.DayOfWeek, "*/8", "day-of-week field: \"*/8\" has a bad step \"8\"; a step is a number from 1 to 7" },
    };

    [Theory]
    [MemberData(nameof(FieldErrors))]
    public void Parse_BadField_NamesFieldAndToken(string expression, CronField field, string token, string problem)
    {
        var error = Assert.Throws<CronFormatException>(() => CronSchedule.Parse(expression));

        Assert.Equal($"Invalid cron expression \"{expression}\": {problem}", error.Message);
        Assert.Equal(field, error.Field);
        Assert.Equal(token, error.Token);
        Assert.Equal(expression, error.Expression);
    }

    [Theory]
    [InlineData("", "Invalid cron expression \"\": it is empty")]
    [InlineData("  ", "Invalid cron expression \"  \": it is empty")]
    [InlineData("* * * *", "Invalid cron expression \"* * * *\": expected 5 fields (minute hour day-of-month month day-of-week) or a macro such as @daily, found 4")]
    [InlineData("0 * * * * *", "Invalid cron expression \"0 * * * * *\": expected 5 fields (minute hour day-of-month month day-of-week) or a macro such as @daily, found 6")]
    [InlineData("@reboot", "Invalid cron expression \"@reboot\": \"@reboot\" is not a supported macro; use @hourly, @daily, @midnight, @weekly, @monthly, @yearly or @annually")]
    [InlineData("@every 5m", "Invalid cron expression \"@every 5m\": \"@every 5m\" is not a supported macro; use @hourly, @daily, @midnight, @weekly, @monthly, @yearly or @annually")]
    public void Parse_BadShape_ExplainsWholeExpression(string expression, string message)
    {
        var error = Assert.Throws<CronFormatException>(() => CronSchedule.Parse(expression));

        Assert.Equal(message, error.Message);
        Assert.Null(error.Field);
        Assert.Null(error.Token);
    }

    [Fact]
    public void TryParse_BadExpression_ReturnsMessage()
    {
        var parsed = CronSchedule.TryParse("0 0 * * 8", out var schedule, out var error);

        Assert.False(parsed);
        Assert.Null(schedule);
        Assert.Equal("Invalid cron expression \"0 0 * * 8\": day-of-week field: \"8\" is out of range (allowed 0-7 or SUN-SAT)", error);
    }

    [Fact]
    public void TryParse_GoodExpression_ReturnsSchedule()
    {
        var parsed = CronSchedule.TryParse(" @daily ", out var schedule, out var error);

        Assert.True(parsed);
        Assert.Null(error);
        Assert.Equal("@daily", schedule?.Expression);
    }
}
