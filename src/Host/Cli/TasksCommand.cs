using System.CommandLine;
using System.Globalization;
using NanoClaw.Host.Api.Contracts;

namespace NanoClaw.Host.Cli;

/// <summary><c>nanoclaw tasks list|add|pause|resume|run|cancel|runs</c> against the running node.</summary>
internal static class TasksCommand
{
    private const int PromptWidth = 40;
    private const int ResultWidth = 60;

    public static Command Create(Option<string?> config, Option<string?> url)
    {
        var tasks = new Command("tasks", "List, schedule, pause, resume, run and cancel scheduled tasks on the running node.");
        tasks.Options.Add(url);
        tasks.Subcommands.Add(CreateList(config, url));
        tasks.Subcommands.Add(CreateAdd(config, url));
        tasks.Subcommands.Add(CreateChange(config, url, "pause", "Pause an active task; it keeps its schedule."));
        tasks.Subcommands.Add(CreateChange(config, url, "resume", "Resume a paused task."));
        tasks.Subcommands.Add(CreateChange(config, url, "run", "Run a task now without changing its schedule."));
        tasks.Subcommands.Add(CreateCancel(config, url));
        tasks.Subcommands.Add(CreateRuns(config, url));
        return tasks;
    }

    public static string Format(IReadOnlyList<TaskView> tasks)
    {
        if (tasks.Count == 0)
        {
            return "No scheduled tasks.\n";
        }

        var table = new TextTable("ID", "GROUP", "SCHEDULE", "STATUS", "NEXT RUN", "LAST RUN", "PROMPT");
        foreach (var task in tasks)
        {
            table.Add(task.Id, task.Group, $"{task.ScheduleType} {task.ScheduleValue}", task.Status, Time(task.NextRun), Time(task.LastRun), Shorten(task.Prompt, PromptWidth));
        }

        return table.ToString();
    }

    public static string Format(IReadOnlyList<TaskRunView> runs)
    {
        if (runs.Count == 0)
        {
            return "No runs yet.\n";
        }

        var table = new TextTable("STARTED", "DURATION", "STATUS", "RESULT");
        foreach (var run in runs)
        {
            var duration = run.DurationMs is { } ms ? TimeSpan.FromMilliseconds(ms).TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s" : "-";
            table.Add(Time(run.Start), duration, run.Status, Shorten(run.Error ?? run.Result ?? "-", ResultWidth));
        }

        return table.ToString();
    }

    private static Command CreateList(Option<string?> config, Option<string?> url)
    {
        var group = new Option<string?>("--group") { Description = "Only this group's tasks (its folder)" };
        var list = new Command("list", "List the scheduled tasks.") { group };
        ApiCommandRunner.SetAction(list, config, url, async (client, result, output, cancellationToken) =>
        {
            var tasks = await client.ListTasksAsync(result.GetValue(group), cancellationToken).ConfigureAwait(false);
            await output.WriteAsync(Format(tasks)).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return list;
    }

    private static Command CreateAdd(Option<string?> config, Option<string?> url)
    {
        var group = new Option<string>("--group") { Description = "The group (folder) the task runs in", Required = true };
        var prompt = new Option<string>("--prompt") { Description = "What the agent is asked to do", Required = true };
        var cron = new Option<string?>("--cron") { Description = "Standard 5-field cron expression in the node's time zone, e.g. \"0 9 * * 1-5\"", HelpName = "expr" };
        var interval = new Option<long?>("--interval") { Description = "Run every so many milliseconds", HelpName = "ms" };
        var once = new Option<string?>("--once") { Description = "Run once at a local time without offset, e.g. 2026-12-24T18:00", HelpName = "local iso" };
        var context = new Option<string?>("--context") { Description = "group: resume the group's session; isolated: a fresh session (default)" };
        context.AcceptOnlyFromAmong("group", "isolated");
        var misfire = new Option<string?>("--misfire") { Description = "When it came due while the node was down: run-once (default) or skip" };
        misfire.AcceptOnlyFromAmong("run-once", "skip");
        var add = new Command("add", "Schedule a task: one of --cron, --interval or --once.") { group, prompt, cron, interval, once, context, misfire };
        add.Validators.Add(command =>
        {
            var given = new[] { cron, (Option)interval, once }.Count(o => command.GetResult(o) is not null);
            if (given != 1)
            {
                command.AddError("give exactly one of --cron, --interval or --once");
            }
        });
        ApiCommandRunner.SetAction(add, config, url, async (client, result, output, cancellationToken) =>
        {
            var (type, value) = result.GetValue(cron) is { } expression ? ("cron", expression)
                : result.GetValue(interval) is { } ms ? ("interval", ms.ToString(CultureInfo.InvariantCulture))
                : ("once", result.GetValue(once)!);
            var request = new CreateTaskRequest(
                result.GetValue(group), result.GetValue(prompt), type, value, result.GetValue(context), result.GetValue(misfire));
            var task = await client.CreateTaskAsync(request, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"Scheduled {task.Id} in {task.Group} ({task.ScheduleType} {task.ScheduleValue}); next run {Time(task.NextRun)}.")
                .ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return add;
    }

    private static Command CreateChange(Option<string?> config, Option<string?> url, string action, string description)
    {
        var id = new Argument<string>("id") { Description = "The task's id (see tasks list)" };
        var command = new Command(action, description) { id };
        ApiCommandRunner.SetAction(command, config, url, async (client, result, output, cancellationToken) =>
        {
            var task = await client.ChangeTaskAsync(result.GetValue(id)!, action, cancellationToken).ConfigureAwait(false);
            var done = action == "run" ? $"Started {task.Id} now" : $"{task.Id} is {task.Status}";
            await output.WriteLineAsync($"{done}; next run {Time(task.NextRun)}.").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateCancel(Option<string?> config, Option<string?> url)
    {
        var id = new Argument<string>("id") { Description = "The task's id (see tasks list)" };
        var cancel = new Command("cancel", "Delete a task and its run history.") { id };
        ApiCommandRunner.SetAction(cancel, config, url, async (client, result, output, cancellationToken) =>
        {
            var task = result.GetValue(id)!;
            await client.CancelTaskAsync(task, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"Cancelled {task}.").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return cancel;
    }

    private static Command CreateRuns(Option<string?> config, Option<string?> url)
    {
        var id = new Argument<string>("id") { Description = "The task's id (see tasks list)" };
        var runs = new Command("runs", "Show a task's run history, oldest first.") { id };
        ApiCommandRunner.SetAction(runs, config, url, async (client, result, output, cancellationToken) =>
        {
            var history = await client.GetTaskRunsAsync(result.GetValue(id)!, cancellationToken).ConfigureAwait(false);
            await output.WriteAsync(Format(history)).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return runs;
    }

    private static string Shorten(string text, int width)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= width ? line : line[..(width - 1)] + "…";
    }

    private static string Time(DateTimeOffset? time) =>
        time is { } value ? value.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) : "-";
}
