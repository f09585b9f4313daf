using System.Diagnostics;
using NanoClaw.Bench.Suites.Kernel;
using NanoClaw.Channels;
using NanoClaw.Host.Settings;
using NanoClaw.Actors.Chats;

namespace NanoClaw.Bench.Suites;

/// <summary>
/// <c>e2e.route</c>: messages per second from the inbound router through the group actors (each
/// message journaled in SQLite through the group commit), a container slot, the in-process echo
/// agent and the reply's outbox event to the reply sender, with 1,000 groups taking messages round
/// robin. A message counts once a reply carries it: the echo repeats the prompt, and every message
/// of a batch is one <c>&lt;message&gt;</c> element in it.
/// </summary>
internal static class E2eRoute
{
    private const int Groups = 1_000;
    private const int MessagesPerGroup = 20;
    private const int InFlight = 2_000;
    // Timed rounds after the cold one; NANOCLAW_BENCH_ROUNDS sets it (e.g. 10 to check that every round finishes).
    private static readonly int Runs = int.TryParse(Environment.GetEnvironmentVariable("NANOCLAW_BENCH_ROUNDS"), out var rounds) ? rounds : 3;

    // The node's own containers.max-concurrent by default, so 1,000 groups share its few slots and runs
    // are closed and started all the time; NANOCLAW_BENCH_MAX_CONCURRENT sets it (100 is the most allowed).
    private static readonly int MaxConcurrent = int.TryParse(Environment.GetEnvironmentVariable("NANOCLAW_BENCH_MAX_CONCURRENT"), out var max)
        ? max
        : new ContainersOptions().MaxConcurrent;
    private const int Messages = Groups * MessagesPerGroup;

    public static async Task RunAsync(BenchReporter reporter, CancellationToken cancellationToken)
    {
        var replies = new CountingReplySender();
        var root = Directory.CreateTempSubdirectory("nanoclaw-bench-e2e-").FullName;
        try
        {
            var node = await E2eNode.StartAsync(root, replies, MaxConcurrent, MessagesPerGroup * 2, cancellationToken);
            await using (node)
            {
                var registering = Stopwatch.StartNew();
                await node.RegisterGroupsAsync(Groups, cancellationToken);
                reporter.Note(Invariant($"e2e.route: {Groups:N0} groups registered in {registering.Elapsed.TotalSeconds:0.0} s"));
                var (cold, routed) = await RoundsAsync(node, replies, "g", answered: true, cancellationToken);

                // The same traffic to 1,000 groups that need a trigger the messages lack: journaled and
                // acknowledged, but no run and no reply; separates the store path from the rest.
                await node.RegisterGroupsAsync(Groups, cancellationToken, "s", requiresTrigger: true);
                var (_, stored) = await RoundsAsync(node, replies, "s", answered: false, cancellationToken);

                var starts = node.Runtime.Started;
                var pipelined = PipelinedFigure.MessagesPerSecond((await PipelinedFigure.MeasureActorsAsync(3, cancellationToken)).Wall);
                reporter.Report("e2e.route", Messages / routed.Wall.TotalSeconds, "msg/s", pipelined);
                reporter.Report("e2e.route.store-only", Messages / stored.Wall.TotalSeconds, "msg/s", pipelined);
                reporter.Note(Invariant(
                    $"e2e.route: {Messages:N0} messages per round, {InFlight:N0} in flight, max-concurrent {MaxConcurrent}, median of {Runs} rounds after a cold one ({Messages / cold.Wall.TotalSeconds:N0} msg/s); baseline kernel.pipelined (actors)"));
                reporter.Note(Invariant(
                    $"e2e.route: median round {routed.Wall.TotalMilliseconds:N0} ms wall, all stored after {routed.Stored.TotalMilliseconds:N0} ms; {routed.Cpu.TotalMicroseconds / Messages:0.0} µs CPU and {routed.Allocated / Messages:N0} bytes allocated per message; {routed.Replies:N0} replies ({(double)Messages / Math.Max(1, routed.Replies):0.0} messages each); {starts:N0} agent runs started over all rounds"));
                reporter.Note(Invariant(
                    $"e2e.route.store-only: median round {stored.Wall.TotalMilliseconds:N0} ms wall, {stored.Cpu.TotalMicroseconds / Messages:0.0} µs CPU and {stored.Allocated / Messages:N0} bytes allocated per message"));
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<(Round Cold, Round Median)> RoundsAsync(
        E2eNode node, CountingReplySender replies, string prefix, bool answered, CancellationToken cancellationToken)
    {
        var rounds = new List<Round>();
        for (var i = 0; i <= Runs; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            rounds.Add(await RoundAsync(node, replies, prefix, i, answered, cancellationToken));
        }

        var measured = rounds.Skip(1).OrderBy(r => r.Wall).ToList();
        return (rounds[0], measured[measured.Count / 2]);
    }

    private static async Task<Round> RoundAsync(
        E2eNode node, CountingReplySender replies, string prefix, int round, bool answered, CancellationToken cancellationToken)
    {
        var done = answered ? replies.Expect(Messages) : Task.CompletedTask;
        using var window = new SemaphoreSlim(InFlight);
        var failures = 0;
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: false);
        var repliesBefore = replies.Replies;
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < Messages; i++)
        {
            await window.WaitAsync(cancellationToken);
            var group = i % Groups;
            var message = new InboundMessage(
                E2eNode.ChatOf(group, prefix), $"r{round}-{i}", "u1", "Ann", $"m{i}", DateTimeOffset.UtcNow, IsGroup: true);
            _ = Send(message);
        }

        async Task Send(InboundMessage message)
        {
            try
            {
                var accepted = await node.Actors.Router.Accept(message, cancellationToken);
                if (accepted is not { Stored: true })
                {
                    Interlocked.Increment(ref failures);
                }
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                Interlocked.Increment(ref failures);
            }
            finally
            {
                window.Release();
            }
        }

        for (var i = 0; i < InFlight; i++)
        {
            await window.WaitAsync(cancellationToken);
        }

        var stored = Stopwatch.GetElapsedTime(start);
        if (failures > 0)
        {
            throw new InvalidOperationException($"{failures} messages were not stored");
        }

        try
        {
            await done.WaitAsync(TimeSpan.FromSeconds(120), cancellationToken);
        }
        catch (TimeoutException)
        {
            var statuses = await Task.WhenAll(node.Actors.Directory.Groups.Select(g =>
                g.Ask<NanoClaw.Actors.Contracts.GroupStatus>(NanoClaw.Actors.Groups.GetGroupStatus.Instance, TimeSpan.FromSeconds(30), cancellationToken)));
            var states = string.Join(", ", statuses.GroupBy(st => st.State).Select(g => $"{g.Key} {g.Count()}"));
            throw new TimeoutException(Invariant(
                $"round {round}: {replies.Answered:N0} messages answered of {replies.Target:N0} after 120 s; groups: {states}; pending {statuses.Sum(st => st.Pending):N0}, retries {statuses.Sum(st => st.Retries):N0}; runs live {node.Runtime.Live}, started {node.Runtime.Started}"));
        }
        var wall = Stopwatch.GetElapsedTime(start);
        process.Refresh();
        return new Round(wall, stored, process.TotalProcessorTime - cpuBefore, replies.Replies - repliesBefore, GC.GetTotalAllocatedBytes(precise: false) - allocatedBefore);
    }

    private static string Invariant(FormattableString text) => text.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>One round: until every message was answered (or stored), until every one was stored, CPU, replies, bytes allocated.</summary>
    private readonly record struct Round(TimeSpan Wall, TimeSpan Stored, TimeSpan Cpu, int Replies, long Allocated);

    /// <summary>Counts the messages answered: each <c>&lt;/message&gt;</c> in a reply is one message of the batch the echo repeats.</summary>
    private sealed class CountingReplySender : IReplySender
    {
        private long _answered;
        private int _replies;
        private long _target = long.MaxValue;
        private TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Replies => Volatile.Read(ref _replies);

        public long Answered => Interlocked.Read(ref _answered);

        public long Target => Volatile.Read(ref _target);

        /// <summary>A task that completes once <paramref name="more"/> further messages were answered.</summary>
        public Task Expect(int more)
        {
            _done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Volatile.Write(ref _target, Interlocked.Read(ref _answered) + more);
            if (Interlocked.Read(ref _answered) >= Volatile.Read(ref _target))
            {
                _done.TrySetResult();
            }

            return _done.Task;
        }

        public Task SendAsync(string chatId, string text, CancellationToken cancellationToken)
        {
            var count = 0;
            for (var at = text.IndexOf("</message>", StringComparison.Ordinal); at >= 0; at = text.IndexOf("</message>", at + 10, StringComparison.Ordinal))
            {
                count++;
            }

            Interlocked.Increment(ref _replies);
            if (Interlocked.Add(ref _answered, count) >= Volatile.Read(ref _target))
            {
                _done.TrySetResult();
            }

            return Task.CompletedTask;
        }

        public Task SetTypingAsync(string chatId, bool isTyping, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
