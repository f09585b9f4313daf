using Akka.Configuration;
using Akka.Persistence.TestKit;
using Microsoft.Extensions.Logging;
using NanoClaw.Actors.Groups;
using NanoClaw.Channels.Tests.Fakes;

namespace NanoClaw.Host.Tests.Node;

/// <summary>
/// The journal fails under a group (Akka.Persistence.TestKit's journal): the group stops, its backoff
/// supervisor brings it back, senders are refused at once and send again with the same id, and no
/// acknowledged message is lost or stored twice.
/// </summary>
public sealed class GroupJournalFailureTests
{
    private const string Chat = "web:family";

    private static readonly Config TestJournal = ConfigurationFactory.FromResource<TestJournal>("Akka.Persistence.TestKit.config.conf");

    /// <summary>Longer than the group supervisor's largest first backoff (1 s plus 20 % jitter).</summary>
    private static readonly TimeSpan Backoff = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Store_WriteFails_SenderRefusedGroupRestartsAndTheResentMessageIsStoredOnce()
    {
        await using var node = await NodeHarness.StartAsync(akka: TestJournal);
        await node.RegisterAsync("family", Chat);
        var journal = JournalOf(node);
        await node.PostAsync(Chat, "before", id: "m0");

        await journal.OnWrite.Fail();
        await Assert.ThrowsAsync<GroupUnavailableException>(() => node.PostAsync(Chat, "during", id: "m1"));
        await Assert.ThrowsAsync<GroupUnavailableException>(() => node.PostAsync(Chat, "while down", id: "m2"));
        await journal.OnWrite.Pass();
        node.Time.Advance(Backoff);

        Assert.True((await PostUntilAcceptedAsync(node, "during", "m1")).Stored);
        Assert.True((await PostUntilAcceptedAsync(node, "while down", "m2")).Stored);
        Assert.False((await node.PostAsync(Chat, "during", id: "m1")).Stored);
        Assert.Equal(["before", "during", "while down"], await TextsAsync(node));
        Assert.Equal(3, (await node.StatusAsync("family")).Pending);
    }

    [Fact]
    public async Task Store_GroupKilledMidTraffic_EveryMessageStoredExactlyOnce()
    {
        await using var node = await NodeHarness.StartAsync(akka: TestJournal);
        await node.RegisterAsync("family", Chat);
        var journal = JournalOf(node);
        var refusals = 0;

        for (var i = 0; i < 60; i++)
        {
            if (i is 20 or 40)
            {
                await journal.OnWrite.Fail();
            }

            var accepted = await PostUntilAcceptedAsync(node, $"message {i}", $"m{i}", onRefused: async () =>
            {
                refusals++;
                await journal.OnWrite.Pass();
            });
            Assert.True(accepted.Stored, accepted.Reason);
        }

        Assert.True(refusals >= 2, $"{refusals} refusals");
        Assert.Equal(Enumerable.Range(0, 60).Select(i => $"message {i}"), await TextsAsync(node));
        Assert.Equal(60, (await node.StatusAsync("family")).Pending);
    }

    [Fact]
    public async Task Recovery_Fails_ReportedRefusedAndRetriedUntilTheJournalAnswers()
    {
        var logs = new ListLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(builder => builder.AddProvider(logs));
        await using var node = await NodeHarness.StartAsync(akka: TestJournal, logs: loggerFactory);
        await node.RegisterAsync("family", Chat);
        var journal = JournalOf(node);
        await node.PostAsync(Chat, "before", id: "m0");
        await journal.OnRecovery.Fail();
        await journal.OnWrite.Fail();
        await Assert.ThrowsAsync<GroupUnavailableException>(() => node.PostAsync(Chat, "hello", id: "m1"));
        await journal.OnWrite.Pass();

        // The clock moves until the supervisor's restart came due and the recovery failed: the
        // supervisor schedules the restart only once it saw the group stop, which may be after a step.
        await NodeHarness.EventuallyAsync(
            () =>
            {
                node.Time.Advance(Backoff);
                return Task.FromResult(logs.Lines.Any(l => l.Contains("Group family: recovery from the journal failed", StringComparison.Ordinal)));
            },
            "the recovery failure in the log");
        await Assert.ThrowsAsync<GroupUnavailableException>(() => node.PostAsync(Chat, "hello", id: "m1"));
        await journal.OnRecovery.Pass();

        Assert.True((await PostUntilAcceptedAsync(node, "hello", "m1")).Stored);
        Assert.Equal(["before", "hello"], await TextsAsync(node));
    }

    private static async Task<IReadOnlyList<string>> TextsAsync(NodeHarness node) =>
        [.. (await node.Chats.ReadAsync(Chat, 0, TimeSpan.Zero, CancellationToken.None)).Entries.Select(e => e.Text)];

    private static ITestJournal JournalOf(NodeHarness node) =>
        Akka.Persistence.TestKit.TestJournal.FromRef(Akka.Persistence.Persistence.Instance.Apply(node.System).JournalFor(null));

    /// <summary>What a channel or web client does: send again with the same id until the group confirms, moving the clock past its backoff.</summary>
    private static async Task<MessageAccepted> PostUntilAcceptedAsync(NodeHarness node, string text, string id, Func<Task>? onRefused = null)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            try
            {
                return await node.PostAsync(Chat, text, id: id);
            }
            catch (GroupUnavailableException)
            {
                if (onRefused is not null)
                {
                    await onRefused();
                }

                node.Time.Advance(Backoff);
            }
        }

        throw new InvalidOperationException($"message {id} was never accepted");
    }
}
