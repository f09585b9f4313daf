using Akka.Actor;
using NanoClaw.Channels;
using NanoClaw.Host.Agents;
using NanoClaw.Host.Api;
using NanoClaw.Host.Api.Contracts;
using NanoClaw.Actors.Chats;
using NanoClaw.Actors.Groups;
using NanoClaw.Actors.Registry;
using NanoClaw.Actors.Runs;
using NanoClaw.Actors.Scheduling;
using NanoClaw.Actors.Tasks;
using NanoClaw.Actors.Node;
using NanoClaw.Actors.Contracts;

namespace NanoClaw.Host.Node;

/// <summary>The HTTP surface's view of the node: reads from the directory and transcripts, changes through the actors.</summary>
public sealed class NodeApi(
    NodeActors actors,
    ChatLog chats,
    NodeInfo info,
    Func<CancellationToken, Task<DockerHealth>> docker,
    Func<IReadOnlyList<IChannel>> channels) : INodeApi
{
    private static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(60);

    public NodeInfo GetInfo() => info;

    public async Task<HealthReport> GetHealthAsync(CancellationToken cancellationToken)
    {
        var engine = await docker(cancellationToken).ConfigureAwait(false);
        var views = channels().ToDictionary(c => c.Name, c =>
        {
            var health = c.Health.Snapshot();
            return new ChannelHealthView(health.Connected, health.RecentFailures.Count, health.LastError);
        }, StringComparer.Ordinal);
        var ok = engine.Reachable && engine.ImagePresent && views.Values.All(v => v.Connected);
        return new HealthReport(ok ? "ok" : "degraded", engine, views);
    }

    public async Task<PostMessageResult> PostWebMessageAsync(string chatId, PostMessageRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!chatId.StartsWith(ChatIds.Web, StringComparison.Ordinal))
        {
            throw ApiException.BadRequest("only web chats accept messages through the API");
        }

        if (string.IsNullOrWhiteSpace(request.Text))
        {
            throw ApiException.BadRequest("'text' is required");
        }

        await actors.Directory.Ready.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (actors.Directory.View.GroupOf(chatId) is null)
        {
            throw ApiException.NotFound($"chat '{chatId}' is not wired to a group; create it first (POST /api/groups)");
        }

        var id = string.IsNullOrWhiteSpace(request.Id) ? Guid.NewGuid().ToString("N") : request.Id.Trim();
        var message = new InboundMessage(
            chatId, id, request.Sender ?? "web-user", request.SenderName ?? "You", request.Text, actors.Options.Time.GetUtcNow(), IsGroup: false);
        var accepted = await actors.Router.Accept(message, cancellationToken).ConfigureAwait(false)
            ?? throw ApiException.NotFound($"chat '{chatId}' is not wired to a group");
        return accepted.Stored || accepted.Reason == "duplicate"
            ? new PostMessageResult(id)
            : throw new ApiException(403, $"the message was not stored: {accepted.Reason}");
    }

    public async Task<ChatMessagesPage> ReadMessagesAsync(string chatId, long after, TimeSpan wait, CancellationToken cancellationToken)
    {
        if (!chats.Knows(chatId) && actors.Directory.View.GroupOf(chatId) is { } owner && actors.Directory.Group(owner.Folder) is { } group)
        {
            // A group fills its chats' transcripts when it recovers: wake it before the first read.
            await group.Ask<GroupStatus>(GetGroupStatus.Instance, AskTimeout, cancellationToken).ConfigureAwait(false);
        }

        var (entries, cursor, working) = await chats.ReadAsync(chatId, after, wait > MaxWait ? MaxWait : wait, cancellationToken).ConfigureAwait(false);
        return new ChatMessagesPage([.. entries.Select(e => new ChatMessageView(e.Id, e.Direction, e.Sender, e.Text, e.Time))], cursor, working);
    }

    public async Task<IReadOnlyList<ChatView>> ListChatsAsync(CancellationToken cancellationToken)
    {
        var view = await ViewAsync(cancellationToken).ConfigureAwait(false);
        var wired = view.Groups.Values.SelectMany(g => g.Chats.Select(c => new ChatView(
            c, view.SeenChats.GetValueOrDefault(c)?.Name ?? g.Name, c.Split(':', 2)[0], g.Folder, view.SeenChats.GetValueOrDefault(c)?.LastSeen)));
        var seen = view.SeenChats.Values.Where(s => !view.ChatToFolder.ContainsKey(s.ChatId))
            .Select(s => new ChatView(s.ChatId, s.Name, s.Platform, null, s.LastSeen));
        return [.. wired.Concat(seen).OrderBy(c => c.ChatId, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<GroupView>> ListGroupsAsync(CancellationToken cancellationToken)
    {
        var view = await ViewAsync(cancellationToken).ConfigureAwait(false);
        return [.. view.Groups.Values.Select(ToView)];
    }

    public async Task<GroupView> RegisterGroupAsync(RegisterGroupRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Folder) || string.IsNullOrWhiteSpace(request.Chat))
        {
            throw ApiException.BadRequest("'folder' and 'chat' are required");
        }

        var register = new RegisterGroup(
            request.Folder.Trim(), request.Name ?? request.Folder.Trim(), request.Chat.Trim(), request.Trigger, request.RequiresTrigger ?? true, request.IsMain, request.Engine);
        var result = await actors.Registry.Ask<RegistryResult>(register, AskTimeout, cancellationToken).ConfigureAwait(false);
        if (result.Group is not { } group)
        {
            throw new ApiException(result.Status, result.Error ?? "the group was not registered");
        }

        await actors.Directory.WhenAsync(v => v.GroupOf(register.Chat) is not null && actors.Directory.Group(group.Folder) is not null, AskTimeout, cancellationToken)
            .ConfigureAwait(false);
        return ToView(group);
    }

    public async Task<GroupView> SetGroupEngineAsync(string folder, string? engine, CancellationToken cancellationToken)
    {
        var result = await actors.Registry.Ask<RegistryResult>(new SetGroupEngine(folder, engine), AskTimeout, cancellationToken).ConfigureAwait(false);
        if (result.Group is not { } group)
        {
            throw new ApiException(result.Status, result.Error ?? "the engine was not changed");
        }

        await actors.Directory.WhenAsync(v => v.Groups.TryGetValue(folder, out var seen) && seen.Engine == engine, AskTimeout, cancellationToken).ConfigureAwait(false);
        return ToView(group);
    }

    public async Task RemoveGroupAsync(string folder, CancellationToken cancellationToken)
    {
        var result = await actors.Registry.Ask<RegistryResult>(new RemoveGroup(folder), AskTimeout, cancellationToken).ConfigureAwait(false);
        if (result.Error is { } error)
        {
            throw new ApiException(result.Status, error);
        }
    }

    public async Task<NodeStatus> GetStatusAsync(CancellationToken cancellationToken)
    {
        var runs = await actors.Containers.Ask<RunsSnapshot>(GetRuns.Instance, AskTimeout, cancellationToken).ConfigureAwait(false);
        var groups = await Task.WhenAll(actors.Directory.Groups.Select(g => g.Ask<GroupStatus>(GetGroupStatus.Instance, AskTimeout, cancellationToken)))
            .ConfigureAwait(false);
        return new NodeStatus([.. groups.OrderBy(g => g.Folder, StringComparer.Ordinal).Select(g => g with { Engine = EngineOf(g.Engine).Engine })], runs.Runs, runs.Queue, runs.MaxConcurrent);
    }

    public async Task<IReadOnlyList<TaskView>> ListTasksAsync(string? group, CancellationToken cancellationToken)
    {
        var list = await actors.Scheduler.Ask<TaskList>(new ListTasks(group), AskTimeout, cancellationToken).ConfigureAwait(false);
        return [.. list.Tasks.Select(ToView)];
    }

    public Task<TaskView> CreateTaskAsync(CreateTaskRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Group) || string.IsNullOrWhiteSpace(request.Prompt))
        {
            throw ApiException.BadRequest("'group' and 'prompt' are required");
        }

        return AskTaskAsync(
            new CreateTask(request.Group.Trim(), request.Prompt, request.ScheduleType, request.ScheduleValue, request.ContextMode, request.MisfirePolicy),
            cancellationToken);
    }

    public Task<TaskView> PauseTaskAsync(string id, CancellationToken cancellationToken) =>
        AskTaskAsync(new ChangeTask(id, TaskChange.Pause), cancellationToken);

    public Task<TaskView> ResumeTaskAsync(string id, CancellationToken cancellationToken) =>
        AskTaskAsync(new ChangeTask(id, TaskChange.Resume), cancellationToken);

    public Task<TaskView> RunTaskAsync(string id, CancellationToken cancellationToken) =>
        AskTaskAsync(new ChangeTask(id, TaskChange.RunNow), cancellationToken);

    public Task CancelTaskAsync(string id, CancellationToken cancellationToken) =>
        AskTaskAsync(new ChangeTask(id, TaskChange.Cancel), cancellationToken);

    public async Task<IReadOnlyList<TaskRunView>> GetTaskRunsAsync(string id, CancellationToken cancellationToken)
    {
        var runs = await actors.Scheduler.Ask<TaskRuns>(new GetTaskRuns(id), AskTimeout, cancellationToken).ConfigureAwait(false);
        if (runs.Runs is not { } history)
        {
            throw ApiException.NotFound(runs.Error ?? $"no task '{id}'");
        }

        return [.. history.Select(r => new TaskRunView(
            r.StartedAt, r.Duration is { } duration ? (long)duration.TotalMilliseconds : null, ScheduleWireNames.ToWire(r.Status), r.Result, r.Error))];
    }

    private static TaskView ToView(ScheduledTask task) => new(
        task.Id, task.Group, task.Prompt, task.ScheduleType, task.ScheduleValue, task.ContextMode, task.MisfirePolicy,
        task.Status, task.NextRun, task.LastRun, task.LastResult, task.Created);

    private async Task<TaskView> AskTaskAsync(object command, CancellationToken cancellationToken)
    {
        var reply = await actors.Scheduler.Ask<TaskReply>(command, AskTimeout, cancellationToken).ConfigureAwait(false);
        return reply.Task is { } task ? ToView(task) : throw new ApiException(reply.Status, reply.Error ?? "the scheduler refused");
    }

    private async Task<RegistryView> ViewAsync(CancellationToken cancellationToken)
    {
        await actors.Directory.Ready.WaitAsync(cancellationToken).ConfigureAwait(false);
        return actors.Directory.View;
    }

    private GroupView ToView(RegisteredGroup group)
    {
        var engine = EngineOf(group.Engine);
        return new(
            group.Folder, group.Name, group.Chats, group.Trigger ?? GroupDefaults.Trigger(actors.Options.AssistantName), group.RequiresTrigger, group.IsMain,
            engine.Engine, group.Engine, engine.Note);
    }

    private EngineChoice EngineOf(string? requested) => EngineChoice.Resolve(requested, info.Engine, info.ModelProvider);
}
