using System.Diagnostics;
using System.Globalization;
using NanoClaw.Host.Api.Contracts;
using NanoClaw.Host.Tests.Configuration;
using NanoClaw.Host.Tests.Support;
using Xunit.Abstractions;

namespace NanoClaw.Host.Tests.EndToEnd;

/// <summary>
/// The acceptance criterion under <c>kill -9</c>: every acknowledged message gets exactly one reply
/// in the chat, none is lost, none duplicated. Set <c>NANOCLAW_CRASH_SEED</c> to replay a run.
/// The transcript checked is every line read across all runs: after a restart the node shows
/// only the recent lines its group snapshot keeps, so few messages flow between kills.
/// </summary>
[Collection(DockerCollection.Name)]
public sealed class NodeCrashTests(ITestOutputHelper output)
{
    private const string Chat = "web:main";
    private const int Kills = 10;

    // A batch carries at most 10 messages and older ones are passed over by design, so the
    // feeder never gets far ahead of the replies.
    private const int MaxOutstanding = 5;

    private static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(120);

    [DockerFact]
    public async Task Run_KilledTenTimesWhileMessagesFlow_EveryAcknowledgedMessageGetsExactlyOneReply()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("NANOCLAW_CRASH_SEED"), CultureInfo.InvariantCulture, out var fixedSeed)
            ? fixedSeed
            : Environment.TickCount;
        output.WriteLine($"seed {seed} (NANOCLAW_CRASH_SEED={seed} replays it)");
        var random = new Random(seed);
        var clock = Stopwatch.StartNew();
        using var temp = new TempDirectory();
        var feeder = new CrashFeeder(Chat, MaxOutstanding);
        var node = await NodeProcess.StartAsync(temp.Path, "nanoclaw.retry.base-delay = 1s\nnanoclaw.retry.max-delay = 2s");
        try
        {
            for (var kill = 1; kill <= Kills; kill++)
            {
                // A POST takes milliseconds: one kill in three races one, the others land anywhere in 0-3 s.
                var postsBeforeKill = random.Next(1, 5);
                var raceAPost = random.Next(3) == 0;
                var delay = TimeSpan.FromMilliseconds(raceAPost ? random.Next(0, 10) : random.Next(0, 3001));
                await feeder.FeedUntilKilledAsync(node, postsBeforeKill, delay, postsAfter: random.Next(0, 4), raceAPost);
                output.WriteLine($"kill {kill}: {delay.TotalMilliseconds:F0} ms after "
                    + (raceAPost ? $"starting post {postsBeforeKill + 1}" : $"post {postsBeforeKill}")
                    + $" of this run; {feeder.Acknowledged.Count} acknowledged, {feeder.Retried} POSTs retried so far");
                var previous = node;
                node = await previous.RestartAsync();
                previous.Dispose();
                await feeder.RetryUnconfirmedAsync(node);
            }

            await feeder.SettleAsync(node, SettleTimeout);
            await node.StopAsync();
            Assert.Empty(await DockerLeftovers.ListAsync(node.InstallId));

            var transcript = feeder.History;
            var replies = NodeProcess.Replies(transcript).ToList();
            output.WriteLine($"{feeder.Acknowledged.Count} messages acknowledged ({feeder.Retried} POSTs retried after a kill), "
                + $"{replies.Count} replies, {Kills} kills, {clock.Elapsed.TotalSeconds:F0} s");
            AssertExactlyOnce(feeder.Acknowledged, transcript);
        }
        finally
        {
            node.Dispose();
            await DockerLeftovers.RemoveForDirectoryAsync(temp.Path);
        }
    }

    private static void AssertExactlyOnce(IReadOnlyList<string> acknowledged, IReadOnlyList<ChatMessageView> transcript)
    {
        var inbound = transcript.Where(m => m.Direction == "in").ToList();
        var replies = NodeProcess.Replies(transcript).ToList();
        Assert.Equal(acknowledged.Order(StringComparer.Ordinal), inbound.Select(m => m.Text).Order(StringComparer.Ordinal));
        Assert.All(inbound, m => Assert.Equal(m.Text, m.Id));
        foreach (var text in acknowledged)
        {
            var answering = replies.Where(r => r.Text.Contains(text, StringComparison.Ordinal)).ToList();
            Assert.True(answering.Count == 1, $"{text} is in {answering.Count} replies:\n" + string.Join('\n', answering.Select(r => r.Text)));
        }

        Assert.Equal(replies.Count, replies.Select(r => r.Text).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(replies.Count, replies.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
    }
}
