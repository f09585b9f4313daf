using NanoClaw.Host.Api.Contracts;
using NanoClaw.Host.Cli;
using NanoClaw.Host.Tests.Api;

namespace NanoClaw.Host.Tests.Cli;

public sealed class TasksCommandTests
{
    [Fact]
    public async Task TasksList_SomeTasks_PrintsATable()
    {
        await using var web = await WebServerFixture.StartAsync();
        var task = await web.Api.CreateTaskAsync(new("main", "Say good morning", "cron", "0 9 * * *"), CancellationToken.None);

        var (exitCode, output, _) = await CommandLineInvoker.InvokeAsync("tasks", "list", "--url", web.Url);

        Assert.Equal(ExitCodes.Success, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("ID", lines[0], StringComparison.Ordinal);
        Assert.Contains("NEXT RUN", lines[0], StringComparison.Ordinal);
        Assert.Contains(task.Id, lines[1], StringComparison.Ordinal);
        Assert.Contains("cron 0 9 * * *", lines[1], StringComparison.Ordinal);
        Assert.Contains("active", lines[1], StringComparison.Ordinal);
        Assert.Contains("Say good morning", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task TasksList_GroupOption_ListsOnlyThatGroup()
    {
        await using var web = await WebServerFixture.StartAsync();
        await web.Api.RegisterGroupAsync(new("family", "Family", "web:family"), CancellationToken.None);
        await web.Api.CreateTaskAsync(new("main", "main task", "interval", "60000"), CancellationToken.None);
        await web.Api.CreateTaskAsync(new("family", "family task", "interval", "60000"), CancellationToken.None);

        var (exitCode, output, _) = await CommandLineInvoker.InvokeAsync("tasks", "list", "--group", "family", "--url", web.Url);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("family task", output, StringComparison.Ordinal);
        Assert.DoesNotContain("main task", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TasksList_None_SaysSo()
    {
        await using var web = await WebServerFixture.StartAsync();

        var (exitCode, output, _) = await CommandLineInvoker.InvokeAsync("tasks", "list", "--url", web.Url);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("No scheduled tasks.\n", output);
    }

    [Theory]
    [InlineData("--cron", "0 9 * * 1-5", "cron", "0 9 * * 1-5")]
    [InlineData("--interval", "3600000", "interval", "3600000")]
    [InlineData("--once", "2026-12-24T18:00", "once", "2026-12-24T18:00")]
    public async Task TasksAdd_EachScheduleKind_CreatesTheTask(string option, string value, string type, string expected)
    {
        await using var web = await WebServerFixture.StartAsync();

        var (exitCode, output, _) = await CommandLineInvoker.InvokeAsync(
            "tasks", "add", "--group", "main", "--prompt", "Check the news", option, value, "--context", "group", "--misfire", "skip", "--url", web.Url);

        Assert.Equal(ExitCodes.Success, exitCode);
        var task = Assert.Single(await web.Api.ListTasksAsync(null, CancellationToken.None));
        Assert.Equal((type, expected, "group", "skip", "Check the news"), (task.ScheduleType, task.ScheduleValue, task.ContextMode, task.MisfirePolicy, task.Prompt));
        Assert.Contains($"Scheduled {task.Id} in main ({type} {expected})", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("--cron|0 9 * * *|--interval|60000")]
    public async Task TasksAdd_NotExactlyOneSchedule_RefusedWithoutCallingTheNode(string options)
    {
        var schedule = options.Split('|', StringSplitOptions.RemoveEmptyEntries);
        await using var web = await WebServerFixture.StartAsync();

        var (exitCode, _, error) = await CommandLineInvoker.InvokeAsync(["tasks", "add", "--group", "main", "--prompt", "p", .. schedule, "--url", web.Url]);

        Assert.NotEqual(ExitCodes.Success, exitCode);
        Assert.Contains("exactly one of --cron, --interval or --once", error, StringComparison.Ordinal);
        Assert.Empty(await web.Api.ListTasksAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task TasksAdd_NodeRefuses_ExitsFailedWithTheReason()
    {
        await using var web = await WebServerFixture.StartAsync();

        var (exitCode, _, error) = await CommandLineInvoker.InvokeAsync("tasks", "add", "--group", "nobody", "--prompt", "p", "--interval", "60000", "--url", web.Url);

        Assert.Equal(ExitCodes.Failed, exitCode);
        Assert.Contains("no group 'nobody' (HTTP 400)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TasksPauseResume_ActiveTask_ChangesItsStatus()
    {
        await using var web = await WebServerFixture.StartAsync();
        var task = await web.Api.CreateTaskAsync(new("main", "p", "interval", "60000"), CancellationToken.None);

        var paused = await CommandLineInvoker.InvokeAsync("tasks", "pause", task.Id, "--url", web.Url);
        Assert.Equal(ExitCodes.Success, paused.ExitCode);
        Assert.Contains($"{task.Id} is paused", paused.Output, StringComparison.Ordinal);

        var resumed = await CommandLineInvoker.InvokeAsync("tasks", "resume", task.Id, "--url", web.Url);
        Assert.Equal(ExitCodes.Success, resumed.ExitCode);
        Assert.Contains($"{task.Id} is active", resumed.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TasksRun_Twice_SecondIsRefusedAsRunning()
    {
        await using var web = await WebServerFixture.StartAsync();
        var task = await web.Api.CreateTaskAsync(new("main", "p", "interval", "60000"), CancellationToken.None);

        var first = await CommandLineInvoker.InvokeAsync("tasks", "run", task.Id, "--url", web.Url);
        var second = await CommandLineInvoker.InvokeAsync("tasks", "run", task.Id, "--url", web.Url);

        Assert.Equal(ExitCodes.Success, first.ExitCode);
        Assert.Contains($"Started {task.Id} now", first.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Failed, second.ExitCode);
        Assert.Contains("(HTTP 409)", second.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TasksCancel_Known_RemovesIt()
    {
        await using var web = await WebServerFixture.StartAsync();
        var task = await web.Api.CreateTaskAsync(new("main", "p", "interval", "60000"), CancellationToken.None);

        var (exitCode, output, _) = await CommandLineInvoker.InvokeAsync("tasks", "cancel", task.Id, "--url", web.Url);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal($"Cancelled {task.Id}.\n", output);
        Assert.Empty(await web.Api.ListTasksAsync(null, CancellationToken.None));
    }

    [Theory]
    [InlineData("pause")]
    [InlineData("resume")]
    [InlineData("run")]
    [InlineData("cancel")]
    [InlineData("runs")]
    public async Task TasksOnOneTask_UnknownId_ExitsFailedWith404(string action)
    {
        await using var web = await WebServerFixture.StartAsync();

        var (exitCode, _, error) = await CommandLineInvoker.InvokeAsync("tasks", action, "task-none", "--url", web.Url);

        Assert.Equal(ExitCodes.Failed, exitCode);
        Assert.Equal("the node refused: no task 'task-none' (HTTP 404)\n", error);
    }

    [Fact]
    public async Task TasksRuns_History_PrintsATable()
    {
        await using var web = await WebServerFixture.StartAsync();
        var task = await web.Api.CreateTaskAsync(new("main", "p", "interval", "60000"), CancellationToken.None);
        web.Api.AddRun(task.Id, new TaskRunView(DateTimeOffset.UnixEpoch, 1500, "success", "All quiet", null));
        web.Api.AddRun(task.Id, new TaskRunView(DateTimeOffset.UnixEpoch.AddHours(1), null, "interrupted", null, "the node stopped during this run"));

        var (exitCode, output, _) = await CommandLineInvoker.InvokeAsync("tasks", "runs", task.Id, "--url", web.Url);

        Assert.Equal(ExitCodes.Success, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("STARTED", lines[0], StringComparison.Ordinal);
        Assert.Contains("1970-01-01 00:00:00Z  1.5 s", lines[1], StringComparison.Ordinal);
        Assert.Contains("success", lines[1], StringComparison.Ordinal);
        Assert.Contains("All quiet", lines[1], StringComparison.Ordinal);
        Assert.Contains("interrupted", lines[2], StringComparison.Ordinal);
        Assert.Contains("the node stopped during this run", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task TasksList_NoNodeRunning_UnavailableExitCode()
    {
        var url = $"http://127.0.0.1:{FreePort.Next()}";

        var (exitCode, _, _) = await CommandLineInvoker.InvokeAsync("tasks", "list", "--url", url);

        Assert.Equal(ExitCodes.NodeUnavailable, exitCode);
    }
}
