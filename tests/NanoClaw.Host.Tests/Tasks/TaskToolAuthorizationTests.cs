using System.Text.Json;
using Akka.Actor;
using NanoClaw.Containers.Agent;
using NanoClaw.Containers.Agent.Tools;
using NanoClaw.Actors.Tasks;
using NanoClaw.Host.Tests.Node;

namespace NanoClaw.Host.Tests.Tasks;

/// <summary>
/// Every host tool × caller (main, the group that owns the target, another non-main group) through
/// the handler chain the node gives a group's runs, on the real actor tree. The target of each call
/// belongs to <c>alpha</c>; a refused call must leave the node as it was.
/// </summary>
public sealed class TaskToolAuthorizationTests
{
    private const string Owner = "alpha";
    private const string Other = "beta";
    private static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(5);

    public enum Caller
    {
        Main,
        OwningGroup,
        OtherGroup,
    }

    public static TheoryData<string, Caller, bool> Matrix { get; } = new()
    {
        { HostToolNames.SendMessage, Caller.Main, true },
        { HostToolNames.SendMessage, Caller.OwningGroup, true },
        { HostToolNames.SendMessage, Caller.OtherGroup, false },
        { HostToolNames.ScheduleTask, Caller.Main, true },
        { HostToolNames.ScheduleTask, Caller.OwningGroup, true },
        { HostToolNames.ScheduleTask, Caller.OtherGroup, false },
        { HostToolNames.ListTasks, Caller.Main, true },
        { HostToolNames.ListTasks, Caller.OwningGroup, true },
        { HostToolNames.ListTasks, Caller.OtherGroup, false },
        { HostToolNames.PauseTask, Caller.Main, true },
        { HostToolNames.PauseTask, Caller.OwningGroup, true },
        { HostToolNames.PauseTask, Caller.OtherGroup, false },
        { HostToolNames.ResumeTask, Caller.Main, true },
        { HostToolNames.ResumeTask, Caller.OwningGroup, true },
        { HostToolNames.ResumeTask, Caller.OtherGroup, false },
        { HostToolNames.CancelTask, Caller.Main, true },
        { HostToolNames.CancelTask, Caller.OwningGroup, true },
        { HostToolNames.CancelTask, Caller.OtherGroup, false },
        { HostToolNames.UpdateTask, Caller.Main, true },
        { HostToolNames.UpdateTask, Caller.OwningGroup, true },
        { HostToolNames.UpdateTask, Caller.OtherGroup, false },
        { HostToolNames.RegisterGroup, Caller.Main, true },
        { HostToolNames.RegisterGroup, Caller.OwningGroup, false },
        { HostToolNames.RegisterGroup, Caller.OtherGroup, false },
    };

    /// <summary>
    /// <c>list_tasks</c> is never refused, but another group sees none of alpha's tasks: "refused"
    /// there means alpha's task stays hidden.
    /// </summary>
    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task HandleAsync_ToolByCaller_AllowedOrRefusedWithNothingChanged(string tool, Caller caller, bool allowed)
    {
        await using var node = await StartAsync();
        var task = await CreateAsync(node, Owner, "interval", "3600000");
        if (tool == HostToolNames.ResumeTask)
        {
            await node.Actors.Scheduler.Ask<TaskReply>(new ChangeTask(task.Id, TaskChange.Pause), AskTimeout);
        }

        var result = await CallAsync(node, caller, tool, ArgumentsFor(tool, task.Id));

        if (tool == HostToolNames.ListTasks)
        {
            Assert.False(result.IsError);
            Assert.Equal(allowed, result.Content.Contains(task.Id, StringComparison.Ordinal));
        }
        else
        {
            Assert.Equal(!allowed, result.IsError);
            if (!allowed)
            {
                Assert.Equal(RefusalFor(tool, task.Id), result.Content);
            }
        }

        await AssertEffectAsync(node, tool, task, allowed);
    }

    [Theory]
    [InlineData("cron", "61 * * * *", "minute")]
    [InlineData("cron", "0 9 * *", "5 fields")]
    [InlineData("interval", "-5", "interval")]
    [InlineData("interval", "soon", "interval")]
    [InlineData("once", "tomorrow", "once")]
    public async Task HandleAsync_ScheduleTaskInvalidSchedule_ErrorToTheAgentAndNothingCreated(string type, string value, string mentions)
    {
        await using var node = await StartAsync();

        var result = await CallAsync(node, Caller.OwningGroup, HostToolNames.ScheduleTask,
            $$"""{"prompt":"Check the weather","schedule_type":"{{type}}","schedule_value":"{{value}}"}""");

        Assert.True(result.IsError);
        Assert.Contains(mentions, result.Content, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await TasksAsync(node));
    }

    [Fact]
    public async Task HandleAsync_ScheduleTaskWithoutTarget_CreatesInTheCallersOwnGroup()
    {
        await using var node = await StartAsync();

        var result = await CallAsync(node, Caller.OtherGroup, HostToolNames.ScheduleTask,
            """{"prompt":"Check the weather","schedule_type":"interval","schedule_value":"60000"}""");

        Assert.False(result.IsError, result.Content);
        Assert.Equal(Other, Assert.Single(await TasksAsync(node)).Group);
    }

    [Fact]
    public async Task HandleAsync_OwnerTouchesUnknownTask_NotFound()
    {
        await using var node = await StartAsync();

        var result = await CallAsync(node, Caller.OwningGroup, HostToolNames.PauseTask, """{"task_id":"task-none"}""");

        Assert.True(result.IsError);
        Assert.Equal("Task 'task-none' not found.", result.Content);
    }

    [Theory]
    [InlineData("interval", "3600000", "interval", "60000", "2026-01-05T09:01:00Z")]
    [InlineData("interval", "3600000", "cron", "30 9 * * *", "2026-01-05T09:30:00Z")]
    [InlineData("cron", "0 12 * * *", "cron", "0 10 * * *", "2026-01-05T10:00:00Z")]
    [InlineData("once", "2026-01-05T12:00:00", "once", "2026-01-06T08:30:00", "2026-01-06T08:30:00Z")]
    [InlineData("once", "2026-01-05T12:00:00", "interval", "120000", "2026-01-05T09:02:00Z")]
    public async Task HandleAsync_UpdateTaskNewSchedule_RecomputesTheNextRun(string type, string value, string newType, string newValue, string expected)
    {
        await using var node = await StartAsync();
        var task = await CreateAsync(node, Owner, type, value);

        var result = await CallAsync(node, Caller.OwningGroup, HostToolNames.UpdateTask,
            $$"""{"task_id":"{{task.Id}}","schedule_type":"{{newType}}","schedule_value":"{{newValue}}"}""");

        Assert.False(result.IsError, result.Content);
        var updated = Assert.Single(await TasksAsync(node));
        Assert.Equal((newType, DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)), (updated.ScheduleType, updated.NextRun));
        Assert.Equal(TaskStatuses.Active, updated.Status);
    }

    [Fact]
    public async Task HandleAsync_UpdateTaskInvalidSchedule_RefusedAndScheduleKept()
    {
        await using var node = await StartAsync();
        var task = await CreateAsync(node, Owner, "interval", "3600000");

        var result = await CallAsync(node, Caller.OwningGroup, HostToolNames.UpdateTask,
            $$"""{"task_id":"{{task.Id}}","schedule_type":"cron","schedule_value":"99 * * * *"}""");

        Assert.True(result.IsError);
        Assert.Equal(task, Assert.Single(await TasksAsync(node)));
    }

    private static async Task<NodeHarness> StartAsync()
    {
        var node = await NodeHarness.StartAsync();
        await node.RegisterAsync("main", "web:main", requiresTrigger: false, isMain: true);
        await node.RegisterAsync(Owner, "web:alpha");
        await node.RegisterAsync(Other, "web:beta");
        return node;
    }

    private static async Task<ScheduledTask> CreateAsync(NodeHarness node, string group, string type, string value)
    {
        var reply = await node.Actors.Scheduler.Ask<TaskReply>(new CreateTask(group, "Water the plants", type, value, null, null), AskTimeout);
        return reply.Task ?? throw new InvalidOperationException(reply.Error);
    }

    private static async Task<IReadOnlyList<ScheduledTask>> TasksAsync(NodeHarness node) =>
        (await node.Actors.Scheduler.Ask<TaskList>(new ListTasks(null), AskTimeout)).Tasks;

    private static Task<HostToolResult> CallAsync(NodeHarness node, Caller caller, string tool, string arguments)
    {
        var (folder, chat, isMain) = caller switch
        {
            Caller.Main => ("main", "web:main", true),
            Caller.OwningGroup => (Owner, "web:alpha", false),
            _ => (Other, "web:beta", false),
        };
        var handler = node.Actors.ToolsFor(node.Actors.Directory.View.Groups[folder]);
        using var args = JsonDocument.Parse(arguments);
        return handler.HandleAsync(new HostToolRequest(new AgentRunIdentity(folder, chat, isMain), tool, args.RootElement.Clone()), CancellationToken.None);
    }

    private static string ArgumentsFor(string tool, string taskId) => tool switch
    {
        HostToolNames.SendMessage => """{"chat_id":"web:alpha","text":"The plants are watered."}""",
        HostToolNames.ScheduleTask => """{"target_group":"alpha","prompt":"Feed the cat","schedule_type":"interval","schedule_value":"60000"}""",
        HostToolNames.ListTasks => "{}",
        HostToolNames.UpdateTask => $$"""{"task_id":"{{taskId}}","prompt":"Water the roses"}""",
        HostToolNames.RegisterGroup => """{"chat_id":"web:garden","name":"Garden","folder":"garden","trigger":"@Andy"}""",
        _ => $$"""{"task_id":"{{taskId}}"}""",
    };

    private static string RefusalFor(string tool, string taskId) => tool switch
    {
        HostToolNames.SendMessage => "This group may only send messages to its own chat.",
        HostToolNames.ScheduleTask => "Only the main group may schedule tasks for another group.",
        HostToolNames.RegisterGroup => "Only the main group may register groups.",
        _ => $"Task '{taskId}' not found.",
    };

    private static async Task AssertEffectAsync(NodeHarness node, string tool, ScheduledTask task, bool allowed)
    {
        var tasks = await TasksAsync(node);
        var current = tasks.SingleOrDefault(t => t.Id == task.Id);
        switch (tool)
        {
            case HostToolNames.SendMessage when allowed:
                Assert.Equal(("web:alpha", "The plants are watered."), await node.Replies.NextAsync());
                break;
            case HostToolNames.SendMessage:
                Assert.Empty(node.Replies.Sent);
                break;
            case HostToolNames.ScheduleTask:
                Assert.Equal(allowed ? 2 : 1, tasks.Count(t => t.Group == Owner));
                Assert.Equal(tasks.Count, tasks.Count(t => t.Group == Owner));
                break;
            case HostToolNames.ListTasks:
                Assert.Equal(task, current);
                break;
            case HostToolNames.PauseTask:
                Assert.Equal(allowed ? TaskStatuses.Paused : TaskStatuses.Active, current!.Status);
                break;
            case HostToolNames.ResumeTask:
                Assert.Equal(allowed ? TaskStatuses.Active : TaskStatuses.Paused, current!.Status);
                break;
            case HostToolNames.CancelTask:
                Assert.Equal(allowed, current is null);
                break;
            case HostToolNames.UpdateTask:
                Assert.Equal(allowed ? "Water the roses" : task.Prompt, current!.Prompt);
                break;
            case HostToolNames.RegisterGroup when allowed:
                await node.Actors.Directory.WhenAsync(v => v.Groups.ContainsKey("garden"), AskTimeout, CancellationToken.None);
                Assert.Equal("web:garden", Assert.Single(node.Actors.Directory.View.Groups["garden"].Chats));
                break;
            case HostToolNames.RegisterGroup:
                Assert.DoesNotContain("garden", node.Actors.Directory.View.Groups.Keys);
                Assert.Null(node.Actors.Directory.View.GroupOf("web:garden"));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(tool), tool, "no effect check for this tool");
        }
    }
}
