using NanoClaw.Host.Api;
using NanoClaw.Host.Api.Contracts;
using NanoClaw.Actors.Contracts;

namespace NanoClaw.Host.Tests.Api;

/// <summary>
/// An in-memory node: stores web messages, answers each with <c>echo: &lt;text&gt;</c>, wakes long
/// pollers, keeps groups, and refuses what the real node refuses.
/// </summary>
internal sealed class FakeNodeApi : INodeApi
{
    private readonly Lock _gate = new();
    private readonly List<(long Seq, string Chat, ChatMessageView Message)> _log = [];
    private readonly HashSet<(string Chat, string Id)> _seen = [];
    private readonly Dictionary<string, GroupView> _groups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TaskView> _tasks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TaskRunView>> _runs = new(StringComparer.Ordinal);
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _seq;
    private int _pendingReads;

    public FakeNodeApi() =>
        _groups["main"] = new GroupView("main", "Main", ["web:main"], "@Andy", false, true);

    public string? Banner { get; set; } = "Mock model: no ANTHROPIC_API_KEY set";

    public string HealthStatus { get; set; } = "ok";

    /// <summary>Whether each web message gets its <c>echo:</c> reply.</summary>
    public bool Echo { get; set; } = true;

    /// <summary>What every page says about the agent working on a reply.</summary>
    public bool Working { get; set; }

    /// <summary>Reads waiting for a message right now.</summary>
    public int PendingReads => Volatile.Read(ref _pendingReads);

    /// <summary>Completes when a read first starts waiting (a long poll reached the node).</summary>
    public TaskCompletionSource ReadWaiting { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Tasks whose run has started and not ended; <c>run</c> refuses them with 409.</summary>
    public HashSet<string> RunningTasks { get; } = new(StringComparer.Ordinal);

    /// <summary>When set, every call throws it (for the 500 path).</summary>
    public Exception? Failure { get; set; }

    public NodeInfo GetInfo()
    {
        ThrowIfFailing();
        return new NodeInfo("Andy", "0.1.0", "mock", "mock-model", Banner);
    }

    public Task<HealthReport> GetHealthAsync(CancellationToken cancellationToken) => Task.FromResult(new HealthReport(
        HealthStatus,
        new DockerHealth(HealthStatus == "ok", true, HealthStatus == "ok" ? null : "start Docker"),
        new Dictionary<string, ChannelHealthView> { ["web"] = new(true, 0, null) }));

    public Task<PostMessageResult> PostWebMessageAsync(string chatId, PostMessageRequest request, CancellationToken cancellationToken)
    {
        ThrowIfFailing();
        var id = request.Id ?? Guid.NewGuid().ToString("N");
        lock (_gate)
        {
            if (_seen.Add((chatId, id)))
            {
                var now = DateTimeOffset.UnixEpoch.AddSeconds(_seq);
                Append(chatId, new ChatMessageView(id, "in", request.SenderName ?? "You", request.Text!, now));
                if (Echo)
                {
                    Append(chatId, new ChatMessageView(id + "-reply", "out", "Andy", "echo: " + request.Text, now));
                }

                _changed.TrySetResult();
                _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        return Task.FromResult(new PostMessageResult(id));
    }

    public async Task<ChatMessagesPage> ReadMessagesAsync(string chatId, long after, TimeSpan wait, CancellationToken cancellationToken)
    {
        ThrowIfFailing();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(wait);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                var messages = _log.Where(e => e.Chat == chatId && e.Seq > after).ToList();
                if (messages.Count > 0 || timeout.IsCancellationRequested)
                {
                    var cursor = messages.Count > 0 ? messages[^1].Seq : after;
                    return new ChatMessagesPage([.. messages.Select(e => e.Message)], cursor, Working);
                }

                changed = _changed.Task;
            }

            Interlocked.Increment(ref _pendingReads);
            ReadWaiting.TrySetResult();
            try
            {
                await changed.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The wait is over; the next pass answers with what there is.
            }
            finally
            {
                Interlocked.Decrement(ref _pendingReads);
            }
        }
    }

    public Task<IReadOnlyList<ChatView>> ListChatsAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<ChatView> chats = [.. _groups.Values.SelectMany(g => g.Chats.Select(c =>
                new ChatView(c, g.Name, c[..c.IndexOf(':', StringComparison.Ordinal)], g.Folder, null)))];
            return Task.FromResult(chats);
        }
    }

    public Task<IReadOnlyList<GroupView>> ListGroupsAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<GroupView>>([.. _groups.Values.OrderBy(g => g.Folder, StringComparer.Ordinal)]);
        }
    }

    public Task<GroupView> RegisterGroupAsync(RegisterGroupRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Folder) || !request.Folder.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw ApiException.BadRequest("folder must be lowercase letters, digits and dashes");
        }

        if (string.IsNullOrWhiteSpace(request.Chat) || !request.Chat.Contains(':', StringComparison.Ordinal))
        {
            throw ApiException.BadRequest("chat must read <channel>:<id>");
        }

        lock (_gate)
        {
            var chats = _groups.TryGetValue(request.Folder, out var existing) ? existing.Chats.Append(request.Chat).Distinct() : [request.Chat];
            var group = new GroupView(request.Folder, request.Name ?? request.Folder, [.. chats], request.Trigger ?? "@Andy", request.RequiresTrigger ?? true, request.IsMain);
            _groups[request.Folder] = group;
            return Task.FromResult(group);
        }
    }

    public Task<GroupView> SetGroupEngineAsync(string folder, string? engine, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_groups.TryGetValue(folder, out var group))
            {
                throw ApiException.NotFound($"no group '{folder}'");
            }

            _groups[folder] = group with { Engine = engine ?? "builtin", RequestedEngine = engine };
            return Task.FromResult(_groups[folder]);
        }
    }

    public Task RemoveGroupAsync(string folder, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (folder == "main")
            {
                throw ApiException.BadRequest("the main group cannot be removed");
            }

            return _groups.Remove(folder) ? Task.CompletedTask : throw ApiException.NotFound($"no group '{folder}'");
        }
    }

    public Task<NodeStatus> GetStatusAsync(CancellationToken cancellationToken) => Task.FromResult(new NodeStatus(
        [new GroupStatus("main", "running", 1, "session-1", 0), new GroupStatus("family", "waiting", 2, null, 1)],
        [new RunStatus("run-1", "main", "message", "busy", DateTimeOffset.UnixEpoch)],
        [new QueueEntry("family", "message", DateTimeOffset.UnixEpoch)],
        5));

    public Task<IReadOnlyList<TaskView>> ListTasksAsync(string? group, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<TaskView>>([.. _tasks.Values.Where(t => group is null || t.Group == group).OrderBy(t => t.Created)]);
        }
    }

    /// <summary>Accepts <c>cron</c> values of five fields, <c>interval</c> in positive milliseconds and <c>once</c> as a local ISO time.</summary>
    public Task<TaskView> CreateTaskAsync(CreateTaskRequest request, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_groups.ContainsKey(request.Group!))
            {
                throw ApiException.BadRequest($"no group '{request.Group}'");
            }

            var next = request.ScheduleType switch
            {
                "cron" when request.ScheduleValue!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 5 => DateTimeOffset.UnixEpoch.AddHours(1),
                "interval" when long.TryParse(request.ScheduleValue, out var ms) && ms > 0 => DateTimeOffset.UnixEpoch.AddMilliseconds(ms),
                "once" when DateTime.TryParse(request.ScheduleValue, System.Globalization.CultureInfo.InvariantCulture, out var at) => new DateTimeOffset(at, TimeSpan.Zero),
                _ => throw ApiException.BadRequest($"schedule_value \"{request.ScheduleValue}\" is not a valid {request.ScheduleType} schedule"),
            };
            var id = $"task-{_tasks.Count + 1:x8}";
            var task = new TaskView(
                id, request.Group!, request.Prompt!, request.ScheduleType!, request.ScheduleValue!, request.ContextMode ?? "isolated",
                request.MisfirePolicy ?? "run-once", "active", next, null, null, DateTimeOffset.UnixEpoch.AddSeconds(_tasks.Count));
            _tasks[id] = task;
            _runs[id] = [];
            return Task.FromResult(task);
        }
    }

    public Task<TaskView> PauseTaskAsync(string id, CancellationToken cancellationToken) => ChangeTask(id, "active", t => t with { Status = "paused" });

    public Task<TaskView> ResumeTaskAsync(string id, CancellationToken cancellationToken) => ChangeTask(id, "paused", t => t with { Status = "active" });

    public Task<TaskView> RunTaskAsync(string id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var task = Find(id);
            if (!RunningTasks.Add(id))
            {
                throw new ApiException(409, $"task '{id}' is running right now");
            }

            return Task.FromResult(task);
        }
    }

    public Task CancelTaskAsync(string id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _ = Find(id);
            _tasks.Remove(id);
            _runs.Remove(id);
            return Task.CompletedTask;
        }
    }

    public Task<IReadOnlyList<TaskRunView>> GetTaskRunsAsync(string id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _ = Find(id);
            return Task.FromResult<IReadOnlyList<TaskRunView>>([.. _runs[id]]);
        }
    }

    /// <summary>Adds a run to a task's history, as the scheduler would when one ends.</summary>
    public void AddRun(string id, TaskRunView run)
    {
        lock (_gate)
        {
            _runs[id].Add(run);
        }
    }

    private Task<TaskView> ChangeTask(string id, string from, Func<TaskView, TaskView> change)
    {
        lock (_gate)
        {
            var task = Find(id);
            if (task.Status != from)
            {
                throw new ApiException(409, $"task '{id}' is {task.Status}");
            }

            _tasks[id] = change(task);
            return Task.FromResult(_tasks[id]);
        }
    }

    private TaskView Find(string id) => _tasks.GetValueOrDefault(id) ?? throw ApiException.NotFound($"no task '{id}'");

    private void Append(string chat, ChatMessageView message) => _log.Add((++_seq, chat, message));

    private void ThrowIfFailing()
    {
        if (Failure is { } failure)
        {
            throw failure;
        }
    }
}
