using System.Collections.Frozen;

namespace NanoClaw.Containers.Agent.Tools;

/// <summary>The host tools the runner may request.</summary>
public static class HostToolNames
{
    public const string SendMessage = "send_message";
    public const string ScheduleTask = "schedule_task";
    public const string ListTasks = "list_tasks";
    public const string PauseTask = "pause_task";
    public const string ResumeTask = "resume_task";
    public const string CancelTask = "cancel_task";
    public const string UpdateTask = "update_task";
    public const string RegisterGroup = "register_group";

    public static FrozenSet<string> All { get; } = new[]
    {
        SendMessage, ScheduleTask, ListTasks, PauseTask, ResumeTask, CancelTask, UpdateTask, RegisterGroup,
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Tools that act on one existing task named by <c>task_id</c>.</summary>
    public static FrozenSet<string> TaskScoped { get; } = new[]
    {
        PauseTask, ResumeTask, CancelTask, UpdateTask,
    }.ToFrozenSet(StringComparer.Ordinal);
}
