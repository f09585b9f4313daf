using System.Diagnostics;
using System.Globalization;
using NanoClaw.Actors.Chats;

namespace NanoClaw.Bench.Suites;

/// <summary>
/// <c>e2e.idle-memory</c>: the resident set of a fresh process holding the node's actor tree with
/// 1,000 registered, recovered, idle groups on its SQLite journal, against the same process
/// started on an empty node. Each measurement is its own child process (this executable with the
/// hidden <see cref="Command"/>), so nothing the parent did stays in the figure.
/// </summary>
internal static class E2eIdleMemory
{
    /// <summary>The hidden sub-command: <c>__e2e-idle seed|measure &lt;root&gt; [groups]</c>.</summary>
    public const string Command = "__e2e-idle";

    private const int Groups = 1_000;

    public static async Task RunAsync(BenchReporter reporter, CancellationToken cancellationToken)
    {
        var loaded = Directory.CreateTempSubdirectory("nanoclaw-bench-idle-").FullName;
        var empty = Directory.CreateTempSubdirectory("nanoclaw-bench-idle-empty-").FullName;
        try
        {
            await RunChildAsync(["seed", loaded, Groups.ToString(CultureInfo.InvariantCulture)], cancellationToken);
            var withGroups = Parse(await RunChildAsync(["measure", loaded], cancellationToken));
            var bare = Parse(await RunChildAsync(["measure", empty], cancellationToken));
            reporter.Report("e2e.idle-memory", withGroups.Rss / 1e6, "MB", bare.Rss / 1e6);
            reporter.Note(string.Create(
                CultureInfo.InvariantCulture,
                $"e2e.idle-memory: VmRSS after a full compacting GC; {withGroups.Groups} groups: managed heap {withGroups.Heap / 1e6:0.0} MB, recovery {withGroups.RecoveryMs:N0} ms; empty node ({bare.Groups} group, web:main): heap {bare.Heap / 1e6:0.0} MB, {bare.Memory.Describe()}; {(withGroups.Rss - bare.Rss) / (double)Math.Max(1, withGroups.Groups - bare.Groups) / 1e3:0.0} kB RSS per group"));
        }
        finally
        {
            Directory.Delete(loaded, recursive: true);
            Directory.Delete(empty, recursive: true);
        }
    }

    /// <summary>The child: seeds a node with groups, or starts one, waits for every group to recover and prints its memory.</summary>
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
                await node.WaitAllRecoveredAsync(CancellationToken.None);
                return 0;
            }

            var recovering = Stopwatch.StartNew();
            await node.WaitAllRecoveredAsync(CancellationToken.None);
            var recovered = recovering.Elapsed;
            for (var i = 0; i < 3; i++)
            {
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                GC.WaitForPendingFinalizers();
            }

            await Task.Delay(500);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"IDLE {ResidentMemory.Read().Fields()} heap={GC.GetTotalMemory(false)} groups={node.Actors.Directory.Groups.Count} recovery-ms={recovered.TotalMilliseconds:0}"));
            return 0;
        }
    }

    private static (long Rss, long Heap, int Groups, long RecoveryMs, ResidentMemory Memory) Parse(string output)
    {
        var fields = BenchChild.Fields(output, "IDLE");
        return (fields["rss"], fields["heap"], (int)fields["groups"], fields["recovery-ms"], ResidentMemory.Parse(fields));
    }

    private static Task<string> RunChildAsync(string[] args, CancellationToken cancellationToken) =>
        BenchChild.RunAsync(Command, args, cancellationToken);

    private sealed class NoReplies : IReplySender
    {
        public Task SendAsync(string chatId, string text, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task SetTypingAsync(string chatId, bool isTyping, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
