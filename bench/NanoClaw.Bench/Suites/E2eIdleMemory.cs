using System.Diagnostics;
using System.Globalization;
using NanoClaw.Actors.Chats;

namespace NanoClaw.Bench.Suites;

/// <summary>
/// <c>e2e.idle-memory</c>: the resident set of a fresh process holding the node's actor tree with
/// 1,000 registered idle groups on its SQLite journal (asleep, as a start leaves groups without
/// unfinished work), against the same process started on an empty node; and the same node with
/// every group woken. Each measurement is its own child process (this executable with the
/// hidden <see cref="Command"/>), so nothing the parent did stays in the figure.
/// </summary>
internal static class E2eIdleMemory
{
    /// <summary>The hidden sub-command: <c>__e2e-idle seed|measure &lt;root&gt; [groups]</c>.</summary>
    public const string Command = "__e2e-idle";

    private const int Groups = 1_000;

    public static async Task RunAsync(BenchReporter reporter, CancellationToken cancellationToken)
    {
        using var roots = new NodeRoots("idle");
        var (loaded, empty) = (roots.Loaded, roots.Empty);
        await RunChildAsync(["seed", loaded, Groups.ToString(CultureInfo.InvariantCulture)], cancellationToken);
        var withGroups = Parse(await RunChildAsync(["measure", loaded], cancellationToken));
        var bare = Parse(await RunChildAsync(["measure", empty], cancellationToken));
        reporter.Report("e2e.idle-memory", withGroups.Rss / 1e6, "MB", bare.Rss / 1e6);
        reporter.Note(string.Create(
            CultureInfo.InvariantCulture,
            $"e2e.idle-memory: VmRSS after a full compacting GC of the node as started, its groups asleep; {withGroups.Groups} groups: managed heap {withGroups.Heap / 1e6:0.0} MB; empty node ({bare.Groups} group, web:main): heap {bare.Heap / 1e6:0.0} MB, {bare.Memory.Describe()}; every group woken (recovery {withGroups.RecoveryMs:N0} ms): {withGroups.AwakeRss / 1e6:0.0} MB, heap {withGroups.AwakeHeap / 1e6:0.0} MB, {(withGroups.AwakeRss - withGroups.Rss) / (double)Math.Max(1, withGroups.Groups) / 1e3:0.0} kB RSS per awake group"));
    }

    /// <summary>
    /// The child: seeds a node with groups (registered, never woken), or starts one and prints its
    /// memory twice: idle as started (only groups with unfinished work are awake, none here), then
    /// with every group woken by a status ask.
    /// </summary>
    public static async Task<int> ChildAsync(string[] args)
    {
        var mode = args[1];
        var root = args[2];
        var node = await E2eNode.StartAsync(root, new NoReplies(), 5, 10, CancellationToken.None);
        await using (node)
        {
            if (mode == "seed")
            {
                await node.RegisterGroupsAsync(int.Parse(args[3], CultureInfo.InvariantCulture), CancellationToken.None);
                return 0;
            }

            var asleep = await SettleAsync();
            var asleepHeap = GC.GetTotalMemory(false);
            var recovering = Stopwatch.StartNew();
            await node.WaitAllRecoveredAsync(CancellationToken.None);
            var recovered = recovering.Elapsed;
            var awake = await SettleAsync();
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"IDLE {asleep.Fields()} heap={asleepHeap} groups={node.Actors.Directory.Groups.Count} awake-rss={awake.Total} awake-heap={GC.GetTotalMemory(false)} recovery-ms={recovered.TotalMilliseconds:0}"));
            return 0;
        }
    }

    private static async Task<ResidentMemory> SettleAsync()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        await Task.Delay(500);
        return ResidentMemory.Read();
    }

    private static (long Rss, long Heap, int Groups, long AwakeRss, long AwakeHeap, long RecoveryMs, ResidentMemory Memory) Parse(string output)
    {
        var fields = BenchChild.Fields(output, "IDLE");
        return (fields["rss"], fields["heap"], (int)fields["groups"], fields["awake-rss"], fields["awake-heap"], fields["recovery-ms"], ResidentMemory.Parse(fields));
    }

    private static Task<string> RunChildAsync(string[] args, CancellationToken cancellationToken) =>
        BenchChild.RunAsync(Command, args, cancellationToken);

    private sealed class NoReplies : IReplySender
    {
        public Task SendAsync(string chatId, string text, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task SetTypingAsync(string chatId, bool isTyping, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
