using System.Diagnostics;
using NanoClaw.Bench.Suites.Kernel;
using NanoClaw.Channels;
using NanoClaw.Host.Chats;

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
    private const int MaxConcurrent = 100;
    private const int Runs = 3;
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
                reporter.Note($"e2e.route: {Groups:N0} groups registered in {registering.Elapsed.TotalSeconds:0.0} s");

                var round = 0;
                var runs = new List<(TimeSpan Wall, TimeSpan Cpu, int Replies, long Allocated)>();
                for (var i = 0; i <= Runs; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    runs.Add(await RoundAsync(node, replies, round++, cancellationToken));
                }

                var starts = node.Runtime.Started;
                var measured = runs.Skip(1).OrderBy(r => r.Wall).ToList();
                var median = measured[measured.Count / 2];
                var pipelined = await PipelinedFigure.MeasureActorsAsync(3, cancellationToken);
                reporter.Report("e2e.route", Messages / median.Wall.TotalSeconds, "msg/s", PipelinedFigure.MessagesPerSecond(pipelined.Wall));
                reporter.Note(string.Create(
                    System.Globalization.CultureInfo.InvariantCulture,
                    $"e2e.route: {Messages:N0} messages per round, {InFlight:N0} in flight, max-concurrent {MaxConcurrent}; first (cold) round {Messages / runs[0].Wall.TotalSeconds:N0} msg/s; median round {median.Wall.TotalMilliseconds:N0} ms wall, {median.Cpu.TotalMicroseconds / Messages:0.0} µs CPU and {median.Allocated / Messages:N0} bytes allocated per message, {median.Replies:N0} replies; {starts:N0} agent runs started over all rounds; baseline kernel.pipelined actors"));
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<(TimeSpan Wall, TimeSpan Cpu, int Replies, long Allocated)> RoundAsync(
        E2eNode node, CountingReplySender replies, int round, CancellationToken cancellationToken)
    {
        var done = replies.Expect(Messages);
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
                E2eNode.ChatOf(group), $"r{round}-{i}", "u1", "Ann", $"m{i}", DateTimeOffset.UtcNow, IsGroup: true);
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

        if (failures > 0)
        {
            throw new InvalidOperationException($"{failures} messages were not stored");
        }

        await done.WaitAsync(TimeSpan.FromMinutes(5), cancellationToken);
        var wall = Stopwatch.GetElapsedTime(start);
        process.Refresh();
        return (wall, process.TotalProcessorTime - cpuBefore, replies.Replies - repliesBefore, GC.GetTotalAllocatedBytes(precise: false) - allocatedBefore);
    }

    /// <summary>Counts the messages answered: each <c>&lt;/message&gt;</c> in a reply is one message of the batch the echo repeats.</summary>
    private sealed class CountingReplySender : IReplySender
    {
        private long _answered;
        private int _replies;
        private long _target = long.MaxValue;
        private TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Replies => Volatile.Read(ref _replies);

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
