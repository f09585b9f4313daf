using Akka.Actor;
using NanoClaw.Actors.Agents.InProcess;
using NanoClaw.Actors.Runs;
using NanoClaw.Actors.Scheduling;
using NanoClaw.Actors.Tasks;
using NanoClaw.Host.Tests.Node;

namespace NanoClaw.Host.Tests.Tasks;

/// <summary>Scheduler calls on a <see cref="NodeHarness"/>.</summary>
internal static class SchedulerHarness
{
    private static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(5);

    public static async Task<ScheduledTask> CreateAsync(
        this NodeHarness node, string type, string value, string group = "main", string prompt = "check the news", string? context = null, string? misfire = null)
    {
        await node.Actors.Directory.Ready;
        var reply = await node.Actors.Scheduler.Ask<TaskReply>(new CreateTask(group, prompt, type, value, context, misfire), AskTimeout);
        return reply.Task ?? throw new InvalidOperationException(reply.Error);
    }

    public static async Task<ScheduledTask> TaskAsync(this NodeHarness node, string id) =>
        (await node.Actors.Scheduler.Ask<TaskList>(new ListTasks(null), AskTimeout)).Tasks.Single(t => t.Id == id);

    public static async Task<IReadOnlyList<TaskRunRecord>> RunsAsync(this NodeHarness node, string id) =>
        (await node.Actors.Scheduler.Ask<TaskRuns>(new GetTaskRuns(id), AskTimeout)).Runs ?? [];

    public static Task<TaskReply> ChangeAsync(this NodeHarness node, string id, TaskChange change) =>
        node.Actors.Scheduler.Ask<TaskReply>(new ChangeTask(id, change), AskTimeout);

    public static Task<TaskReply> UpdateAsync(this NodeHarness node, string id, string? type, string? value) =>
        node.Actors.Scheduler.Ask<TaskReply>(new UpdateTask(id, null, type, value), AskTimeout);

    /// <summary>Waits until the task has <paramref name="count"/> runs in its history.</summary>
    public static Task WaitForRunsAsync(this NodeHarness node, string id, int count) =>
        NodeHarness.EventuallyAsync(async () => (await node.RunsAsync(id)).Count >= count, $"{count} run(s) of {id}");

    /// <summary>Waits until a task run's prompt reached the agent; on a timeout says where the run stopped.</summary>
    public static async Task WaitForTaskPromptAsync(this NodeHarness node, InProcessAgentRuntime runtime, string taskId)
    {
        try
        {
            await NodeHarness.EventuallyAsync(() => Task.FromResult(runtime.Sessions.Values.Any(s => s.Prompts.Count == 1)), "the task run");
        }
        catch (TimeoutException)
        {
            var task = await node.TaskAsync(taskId);
            var group = await node.StatusAsync("main");
            var runs = await node.Actors.Containers.Ask<RunsSnapshot>(GetRuns.Instance, AskTimeout);
            var history = await node.RunsAsync(taskId);
            throw new TimeoutException(
                $"the task run did not reach the agent: task next={task.NextRun} last={task.LastRun} status={task.Status} runs={history.Count}; group {group.State} pending={group.Pending}; " +
                $"containers={runs.Runs.Count} queue={runs.Queue.Count}; started={runtime.Started} sessions={runtime.Sessions.Count}; now={node.Time.GetUtcNow()} scheduler={node.Time.Scheduler?.Now}");
        }
    }
}
