using NanoClaw.Host.Api.Contracts;

namespace NanoClaw.Host.Tests.EndToEnd;

/// <summary>
/// Feeds numbered messages into a chat one at a time, each with its text as its client id, so a
/// POST that died with the node can be repeated after the restart without being stored twice.
/// Keeps every line it ever read, by id: after a restart the node shows only the recent
/// transcript (the group's snapshot keeps the last lines), so the whole history is the union.
/// </summary>
internal sealed class CrashFeeder(string chatId, int maxOutstanding)
{
    private static readonly TimeSpan PollWait = TimeSpan.FromSeconds(10);

    private readonly List<string> _acknowledged = [];
    private readonly Dictionary<string, ChatMessageView> _seen = new(StringComparer.Ordinal);
    private readonly List<ChatMessageView> _history = [];
    private string? _unconfirmed;
    private int _next = 1;

    /// <summary>Texts whose POST was answered 202, in order.</summary>
    public IReadOnlyList<string> Acknowledged => _acknowledged;

    /// <summary>Every line read from the chat across all runs, once per id, in the order first seen.</summary>
    public IReadOnlyList<ChatMessageView> History => _history;

    /// <summary>POSTs that failed because the node died, repeated after its restart.</summary>
    public int Retried { get; private set; }

    /// <summary>
    /// Posts <paramref name="postsBeforeKill"/> messages (never more than the allowed number
    /// unanswered), then kills the node with SIGKILL <paramref name="delay"/> later while posting up to
    /// <paramref name="postsAfter"/> more; returns once the node is dead. With
    /// <paramref name="raceAPost"/> the kill is started together with the next POST, so that
    /// (with a short delay) the node may die under it.
    /// </summary>
    public async Task FeedUntilKilledAsync(NodeProcess node, int postsBeforeKill, TimeSpan delay, int postsAfter, bool raceAPost)
    {
        Task? killing = null;
        try
        {
            for (var posts = 0; posts < postsBeforeKill + postsAfter && killing?.IsCompleted != true; posts++)
            {
                if (posts == postsBeforeKill && !raceAPost)
                {
                    killing = KillAfterAsync(node, delay);
                }

                await WaitForRoomAsync(node);
                if (posts == postsBeforeKill && raceAPost)
                {
                    killing = KillAfterAsync(node, delay);
                }

                await PostAsync(node, $"crash-msg-{_next:D3}");
            }
        }
        catch (HttpRequestException)
        {
            // The node died under a request.
        }

        await (killing ?? KillAfterAsync(node, delay));
    }

    /// <summary>Repeats the POST the kill interrupted, with the same id.</summary>
    public async Task RetryUnconfirmedAsync(NodeProcess node)
    {
        if (_unconfirmed is { } text)
        {
            Retried++;
            await PostAsync(node, text);
        }
    }

    /// <summary>Long-polls until every acknowledged message is in a reply, or fails after <paramref name="timeout"/>.</summary>
    public async Task SettleAsync(NodeProcess node, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            var cursor = await ReadAsync(node, 0, TimeSpan.Zero, deadline.Token);
            while (Outstanding() > 0)
            {
                cursor = await ReadAsync(node, cursor, PollWait, deadline.Token);
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"{Outstanding()} acknowledged messages still unanswered after {timeout}\n--- node log ---\n{node.Logs}");
        }
    }

    private static async Task KillAfterAsync(NodeProcess node, TimeSpan delay)
    {
        // The kill moment is the point of the test, not a wait for something to happen.
        await Task.Delay(delay);
        await node.KillAsync();
    }

    private async Task PostAsync(NodeProcess node, string text)
    {
        _unconfirmed = text;
        await node.PostAsync(chatId, text, id: text);
        _acknowledged.Add(text);
        _unconfirmed = null;
        if (text == $"crash-msg-{_next:D3}")
        {
            _next++;
        }
    }

    private async Task WaitForRoomAsync(NodeProcess node)
    {
        var cursor = await ReadAsync(node, 0, TimeSpan.Zero, CancellationToken.None);
        while (Outstanding() >= maxOutstanding)
        {
            cursor = await ReadAsync(node, cursor, PollWait, CancellationToken.None);
        }
    }

    private async Task<long> ReadAsync(NodeProcess node, long after, TimeSpan wait, CancellationToken cancellationToken)
    {
        var page = await node.ReadAsync(chatId, after, wait, cancellationToken);
        foreach (var message in page.Messages)
        {
            if (_seen.TryGetValue(message.Id, out var earlier))
            {
                Assert.True(earlier == message, $"line {message.Id} changed across runs: {earlier} then {message}");
                continue;
            }

            _seen[message.Id] = message;
            _history.Add(message);
        }

        return page.Cursor;
    }

    private int Outstanding()
    {
        var replies = NodeProcess.Replies(_history).Select(r => r.Text).ToList();
        return _acknowledged.Count(text => !replies.Any(r => r.Contains(text, StringComparison.Ordinal)));
    }
}
