using NanoClaw.Host.Api;
using NanoClaw.Host.Api.Contracts;

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

    private void Append(string chat, ChatMessageView message) => _log.Add((++_seq, chat, message));

    private void ThrowIfFailing()
    {
        if (Failure is { } failure)
        {
            throw failure;
        }
    }
}
