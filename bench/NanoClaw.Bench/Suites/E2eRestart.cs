using System.Diagnostics;
using System.Globalization;
using NanoClaw.Actors.Chats;

namespace NanoClaw.Bench.Suites;

/// <summary>
/// <c>e2e.restart</c>: a node with 1,000 registered groups, each with some history and asleep when it
/// stopped, is started in a fresh process; the figure is the time from that process's start until every group has answered
/// one new message (in-process echo agent). Baseline: the same on an empty node (only web:main).
/// Each start is its own child process (this executable with the hidden <see cref="Command"/>).
/// </summary>
internal static class E2eRestart
{
    /// <summary>The hidden sub-command: <c>__e2e-restart seed|measure &lt;root&gt; [groups]</c>.</summary>
    public const string Command = "__e2e-restart";

    private const int Groups = 1_000;
    private const int HistoryPerGroup = 3;

    /// <summary>Slots for the in-process runs: the most containers.max-concurrent allows, so runs do not queue behind each other.</summary>
    private const int MaxConcurrent = 100;

    /// <summary>The seed's groups go to sleep soon after their history, as they would after <c>sleep-after</c>.</summary>
    private static readonly TimeSpan SeedSleepAfter = TimeSpan.FromSeconds(1);

    public static async Task RunAsync(BenchReporter reporter, CancellationToken cancellationToken)
    {
        using var roots = new NodeRoots("restart");
        var (loaded, empty) = (roots.Loaded, roots.Empty);
        await BenchChild.RunAsync(Command, ["seed", loaded, Groups.ToString(CultureInfo.InvariantCulture)], cancellationToken);
        await BenchChild.RunAsync(Command, ["seed", empty, "0"], cancellationToken);
        var withGroups = Parse(await BenchChild.RunAsync(Command, ["measure", loaded], cancellationToken));
        var bare = Parse(await BenchChild.RunAsync(Command, ["measure", empty], cancellationToken));
        reporter.Report("e2e.restart", withGroups.Total, "ms", bare.Total);
        reporter.Note(string.Create(
            CultureInfo.InvariantCulture,
            $"e2e.restart: {withGroups.Groups} groups with {HistoryPerGroup} answered messages each, asleep at the stop; ms from process start: node started {withGroups.Started}, every group answered {withGroups.Total}; empty node ({bare.Groups} group): started {bare.Started}, answered {bare.Total}; max-concurrent {MaxConcurrent}"));
    }

    /// <summary>The child: seeds a node with groups and history, or starts one and times every group's first answer.</summary>
    public static async Task<int> ChildAsync(string[] args)
    {
        var mode = args[1];
        var root = args[2];
        var replies = new AnswerCounter();
        var node = await E2eNode.StartAsync(root, replies, MaxConcurrent, 10, CancellationToken.None, mode == "seed" ? SeedSleepAfter : null);
        await using (node)
        {
            if (mode == "seed")
            {
                var groups = int.Parse(args[3], CultureInfo.InvariantCulture);
                await node.RegisterGroupsAsync(groups, CancellationToken.None);
                for (var round = 0; round < HistoryPerGroup; round++)
                {
                    await AskEveryGroupAsync(node, replies, $"seed{round}");
                }

                // Left alone, groups with nothing to do go to sleep; a start wakes them when they are needed.
                await node.WaitAllAsleepAsync(CancellationToken.None);
                return 0;
            }

            var started = SinceProcessStart();
            await AskEveryGroupAsync(node, replies, "restart");
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture, $"RESTART started={started:0} total={SinceProcessStart():0} groups={node.Actors.Directory.View.Groups.Count}"));
            return 0;
        }
    }

    /// <summary>Sends one message to every registered group and waits until each answered.</summary>
    private static async Task AskEveryGroupAsync(E2eNode node, AnswerCounter replies, string tag)
    {
        var chats = node.Actors.Directory.View.Groups.Values.Select(g => g.PrimaryChat).ToList();
        var answered = replies.Expect(chats.Count);
        await Task.WhenAll(chats.Select(chat => node.Actors.Router.Accept(
            new NanoClaw.Channels.InboundMessage(chat, $"{tag}-{chat}", "u1", "Ann", $"{tag} hello", DateTimeOffset.UtcNow, IsGroup: true), CancellationToken.None)));
        await answered.WaitAsync(TimeSpan.FromMinutes(5));
    }

    private static double SinceProcessStart()
    {
        using var process = Process.GetCurrentProcess();
        return (DateTime.Now - process.StartTime).TotalMilliseconds;
    }

    private static (long Started, long Total, int Groups) Parse(string output)
    {
        var fields = BenchChild.Fields(output, "RESTART");
        return (fields["started"], fields["total"], (int)fields["groups"]);
    }

    /// <summary>Counts replies and completes once as many arrived as expected.</summary>
    private sealed class AnswerCounter : IReplySender
    {
        private TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _left;

        public Task Expect(int count)
        {
            _done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Volatile.Write(ref _left, count);
            return _done.Task;
        }

        public Task SendAsync(string chatId, string text, CancellationToken cancellationToken)
        {
            if (Interlocked.Decrement(ref _left) == 0)
            {
                _done.TrySetResult();
            }

            return Task.CompletedTask;
        }

        public Task SetTypingAsync(string chatId, bool isTyping, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
