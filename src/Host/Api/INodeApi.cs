using NanoClaw.Host.Api.Contracts;

namespace NanoClaw.Host.Api;

/// <summary>
/// What the HTTP surface asks of the node. Each call either returns its answer or throws
/// <see cref="ApiException"/> with the status and a reason for the user.
/// </summary>
public interface INodeApi
{
    /// <summary>Name, model provider and the banner the web page shows (e.g. when the mock model answers).</summary>
    NodeInfo GetInfo();

    /// <summary>Health for <c>/healthz</c>.</summary>
    Task<HealthReport> GetHealthAsync(CancellationToken cancellationToken);

    /// <summary>Stores a message from the web chat; completes once it is persisted. Repeating an <c>id</c> is a no-op that returns the same id.</summary>
    Task<PostMessageResult> PostWebMessageAsync(string chatId, PostMessageRequest request, CancellationToken cancellationToken);

    /// <summary>The chat's messages after <paramref name="after"/>; waits up to <paramref name="wait"/> for one when there is none yet.</summary>
    Task<ChatMessagesPage> ReadMessagesAsync(string chatId, long after, TimeSpan wait, CancellationToken cancellationToken);

    /// <summary>Every chat the node knows: chats wired to groups and chats seen but not registered.</summary>
    Task<IReadOnlyList<ChatView>> ListChatsAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<GroupView>> ListGroupsAsync(CancellationToken cancellationToken);

    /// <summary>Registers a group (400 with the reason when a rule is broken).</summary>
    Task<GroupView> RegisterGroupAsync(RegisterGroupRequest request, CancellationToken cancellationToken);

    /// <summary>Removes a group (404 when unknown, 400 for main); its folder stays on disk.</summary>
    Task RemoveGroupAsync(string folder, CancellationToken cancellationToken);

    /// <summary>Sets the engine a group asks for: claude-code, builtin, or null for the node's default.</summary>
    Task<GroupView> SetGroupEngineAsync(string folder, string? engine, CancellationToken cancellationToken);

    /// <summary>Groups, running containers and the waiting queue.</summary>
    Task<NodeStatus> GetStatusAsync(CancellationToken cancellationToken);

    /// <summary>The scheduled tasks, of one group or (null) all, oldest first.</summary>
    Task<IReadOnlyList<TaskView>> ListTasksAsync(string? group, CancellationToken cancellationToken);

    /// <summary>Schedules a task (400 with the scheduler's reason for a missing field, an invalid schedule or an unknown group).</summary>
    Task<TaskView> CreateTaskAsync(CreateTaskRequest request, CancellationToken cancellationToken);

    /// <summary>Pauses an active task (404 unknown, 409 when it is not active).</summary>
    Task<TaskView> PauseTaskAsync(string id, CancellationToken cancellationToken);

    /// <summary>Resumes a paused task (404 unknown, 409 when it is not paused).</summary>
    Task<TaskView> ResumeTaskAsync(string id, CancellationToken cancellationToken);

    /// <summary>Starts a run now without changing the schedule (404 unknown, 409 when it is running already).</summary>
    Task<TaskView> RunTaskAsync(string id, CancellationToken cancellationToken);

    /// <summary>Deletes a task (404 unknown); its runs are forgotten with it.</summary>
    Task CancelTaskAsync(string id, CancellationToken cancellationToken);

    /// <summary>A task's run history, oldest first (404 unknown).</summary>
    Task<IReadOnlyList<TaskRunView>> GetTaskRunsAsync(string id, CancellationToken cancellationToken);
}
