using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace NanoClaw.Actors.Tests.Persistence.CrashProof;

/// <summary>
/// The kill -9 proof: persistent counters on SQLite in a separate process receive a stream of
/// increments and are killed with SIGKILL at a random point, 20 times. After every restart each
/// increment the process acknowledged (which it does only from the persist handler) must be in the
/// recovered state, none may be applied twice, and nothing may appear that was never sent. Set
/// NANOCLAW_CRASH_SEED to replay a run.
/// </summary>
public sealed class CrashProofTests(ITestOutputHelper output) : IDisposable
{
    private const int Kills = 20;
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(60);
    private static readonly string[] Counters = [.. Enumerable.Range(0, 8).Select(i => $"c{i}")];

    private readonly TempDirectory _directory = new();
    private readonly Dictionary<long, string> _sent = [];
    private readonly Dictionary<long, string> _acked = [];
    private long _nextId = 1;

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task KillNine_TwentyTimes_EveryAcknowledgedIncrementRecoveredExactlyOnce()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("NANOCLAW_CRASH_SEED"), CultureInfo.InvariantCulture, out var fixedSeed)
            ? fixedSeed
            : Random.Shared.Next();
        output.WriteLine($"crash proof seed {seed} (NANOCLAW_CRASH_SEED={seed} replays it)");
        var random = new Random(seed);
        var clock = Stopwatch.StartNew();

        for (var kill = 1; kill <= Kills; kill++)
        {
            using var timeout = new CancellationTokenSource(StepTimeout);
            using var helper = CrashHelperProcess.Start("serve", _directory.Path);
            await helper.ExpectLineAsync("ready", timeout.Token);
            await helper.SendAsync([$"dump {string.Join(' ', Counters)}"]);
            Verify(await helper.ReadStateAsync("dumped", timeout.Token), seed, $"after kill {kill - 1}");

            var acksBeforeKill = random.Next(1, 150);
            await helper.SendAsync(NextIncrements(random, acksBeforeKill + random.Next(1, 100)));
            await ReadAcksAsync(helper, acksBeforeKill, timeout.Token);
            await helper.KillAsync();
            output.WriteLine($"kill {kill}: after {acksBeforeKill} acks this run, {_acked.Count} acked of {_sent.Count} sent");
        }

        using (var timeout = new CancellationTokenSource(StepTimeout))
        using (var dump = CrashHelperProcess.Start(["dump", _directory.Path, .. Counters]))
        {
            var state = await dump.ReadStateAsync(null, timeout.Token);
            Assert.True(await dump.WaitForExitAsync(timeout.Token) == 0, dump.Stderr);
            Verify(state, seed, "at the end");
            output.WriteLine($"{Kills} kills, {_acked.Count} acknowledged, {state.Values.Sum(ids => ids.Count)} recovered, {_sent.Count} sent, {clock.Elapsed.TotalSeconds:F1} s");
        }
    }

    private List<string> NextIncrements(Random random, int count)
    {
        var lines = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var id = _nextId++;
            var counter = Counters[random.Next(Counters.Length)];
            _sent[id] = counter;
            lines.Add($"inc {counter} {id}");
        }

        return lines;
    }

    private async Task ReadAcksAsync(CrashHelperProcess helper, int count, CancellationToken cancellationToken)
    {
        for (var acks = 0; acks < count;)
        {
            var line = await helper.ReadLineAsync(cancellationToken);
            if (line.StartsWith("ack ", StringComparison.Ordinal))
            {
                var id = long.Parse(line.AsSpan(4), CultureInfo.InvariantCulture);
                _acked[id] = _sent[id];
                acks++;
            }
        }
    }

    private void Verify(Dictionary<string, List<long>> state, int seed, string when)
    {
        var seen = new HashSet<long>();
        foreach (var (counter, ids) in state)
        {
            foreach (var id in ids)
            {
                Assert.True(seen.Add(id), $"seed {seed}, {when}: increment {id} applied twice");
                Assert.True(_sent.TryGetValue(id, out var target) && target == counter, $"seed {seed}, {when}: increment {id} in {counter} was never sent there");
            }
        }

        foreach (var (id, counter) in _acked)
        {
            Assert.True(state.TryGetValue(counter, out var ids) && ids.Contains(id), $"seed {seed}, {when}: acknowledged increment {id} of {counter} was lost");
        }
    }
}
