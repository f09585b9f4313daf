using Akka.Actor;
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
}
