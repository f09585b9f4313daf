using System.Globalization;
using System.Text;
using Akka.Actor;
using NanoClaw.Containers.Agent.Tools;

namespace NanoClaw.Actors.Tasks;

/// <summary>
/// The task tools, carried out by the scheduler. Calls arrive already authorized (see
/// <see cref="AuthorizingHostToolHandler"/>): a non-main group acts only on its own tasks and
/// schedules only for itself; main may name any group with <c>target_group</c>.
/// </summary>
public sealed class TaskToolHandler(IActorRef scheduler) : IHostToolHandler, ITaskOwnerLookup
{
    private static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(30);

    public async Task<HostToolResult> HandleAsync(HostToolRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var args = request.Arguments;
        var taskId = ToolArguments.String(args, "task_id") ?? "";
        object command = request.Name switch
        {
            HostToolNames.ScheduleTask => new CreateTask(
                ToolArguments.String(args, "target_group") ?? request.Caller.GroupFolder,
                ToolArguments.String(args, "prompt") ?? "",
                ToolArguments.String(args, "schedule_type"),
                ToolArguments.String(args, "schedule_value"),
                ToolArguments.String(args, "context_mode"),
                ToolArguments.String(args, "misfire_policy")),
            HostToolNames.ListTasks => new ListTasks(request.Caller.IsMain ? null : request.Caller.GroupFolder),
            HostToolNames.PauseTask => new ChangeTask(taskId, TaskChange.Pause),
            HostToolNames.ResumeTask => new ChangeTask(taskId, TaskChange.Resume),
            HostToolNames.CancelTask => new ChangeTask(taskId, TaskChange.Cancel),
            HostToolNames.UpdateTask => new UpdateTask(
                taskId, ToolArguments.String(args, "prompt"), ToolArguments.String(args, "schedule_type"), ToolArguments.String(args, "schedule_value")),
            _ => throw new ArgumentException($"'{request.Name}' is not a task tool", nameof(request)),
        };

        var answer = await scheduler.Ask(command, AskTimeout, cancellationToken).ConfigureAwait(false);
        return answer switch
        {
            TaskList list => HostToolResult.Ok(Describe(list.Tasks)),
            TaskReply { Task: { } task } => HostToolResult.Ok(Confirm(request.Name, task)),
            TaskReply reply => HostToolResult.Refused(reply.Error ?? "the scheduler refused"),
            _ => HostToolResult.Refused("the scheduler gave no answer"),
        };
    }

    public async Task<string?> FindOwnerFolderAsync(string taskId, CancellationToken cancellationToken) =>
        (await scheduler.Ask<TaskOwner>(new FindTaskOwner(taskId), AskTimeout, cancellationToken).ConfigureAwait(false)).Group;

    private static string Confirm(string tool, ScheduledTask task) => tool switch
    {
        HostToolNames.ScheduleTask => $"Scheduled task {task.Id} ({task.ScheduleType} {task.ScheduleValue}) in group {task.Group}; next run {Time(task.NextRun)}.",
        HostToolNames.CancelTask => $"Task {task.Id} is cancelled.",
        _ => $"Task {task.Id} is {task.Status}; next run {Time(task.NextRun)}.",
    };

    private static string Describe(IReadOnlyList<ScheduledTask> tasks)
    {
        if (tasks.Count == 0)
        {
            return "No scheduled tasks.";
        }

        var text = new StringBuilder();
        foreach (var task in tasks)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"- {task.Id} [{task.Status}] group {task.Group}, {task.ScheduleType} {task.ScheduleValue}, next {Time(task.NextRun)}, last result: {task.LastResult ?? "-"}\n  {task.Prompt}\n");
        }

        return text.ToString().TrimEnd();
    }

    private static string Time(DateTimeOffset? at) => at is { } value ? value.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "none";
}
