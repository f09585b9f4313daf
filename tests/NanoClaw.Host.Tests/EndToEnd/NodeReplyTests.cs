using System.Net.Http.Json;
using NanoClaw.Host.Api;
using NanoClaw.Host.Tests.Configuration;
using NanoClaw.Host.Tests.Support;

namespace NanoClaw.Host.Tests.EndToEnd;

/// <summary>The real node, a real agent container and the mock model: a message in, a reply out.</summary>
[Collection(DockerCollection.Name)]
public sealed class NodeReplyTests
{
    private const string Chat = "web:main";

    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(60);

    [DockerFact]
    public async Task Run_MessagePostedToWebMain_RepliesFromARealContainerAndShowsTheRun()
    {
        using var temp = new TempDirectory();
        try
        {
            using var node = await NodeProcess.StartAsync(temp.Path);

            var id = await node.PostAsync(Chat, "hello e2e-reply-001", "client-001");
            var reply = await node.WaitForReplyAsync(Chat, 1, ReplyTimeout);

            Assert.Equal("client-001", id);
            Assert.StartsWith("Mock reply #1: ", reply.Text, StringComparison.Ordinal);
            Assert.Contains("hello e2e-reply-001", reply.Text, StringComparison.Ordinal);
            var transcript = await node.TranscriptAsync(Chat);
            Assert.Equal(["in", "out"], transcript.Select(m => m.Direction));
            Assert.Equal("client-001", transcript[0].Id);
            var status = await node.StatusAsync();
            var run = Assert.Single(status.Containers);
            Assert.Equal("main", run.Group);
            Assert.Single(await DockerLeftovers.ListAsync(node.InstallId));
            var health = await node.Http.GetFromJsonAsync("healthz", ApiJsonContext.Default.HealthReport);
            Assert.Equal("ok", health!.Status);

            await node.StopAsync();
            Assert.Empty(await DockerLeftovers.ListAsync(node.InstallId));
        }
        finally
        {
            await DockerLeftovers.RemoveForDirectoryAsync(temp.Path);
        }
    }

    [DockerFact]
    public async Task Run_FollowUpThenIdleThenMessage_SameContainerThenClosedThenNewContainerResumesTheSession()
    {
        using var temp = new TempDirectory();
        try
        {
            // Long enough that the status read right after a reply still sees the warm container.
            using var node = await NodeProcess.StartAsync(temp.Path, "nanoclaw.containers.idle-timeout = 5s");

            await node.PostAsync(Chat, "first e2e-follow-a");
            var first = await node.WaitForReplyAsync(Chat, 1, ReplyTimeout);
            var warm = Assert.Single((await node.StatusAsync()).Containers).RunId;
            await node.PostAsync(Chat, "second e2e-follow-b");
            var second = await node.WaitForReplyAsync(Chat, 2, ReplyTimeout);
            var stillWarm = Assert.Single((await node.StatusAsync()).Containers).RunId;

            Assert.StartsWith("Mock reply #1: ", first.Text, StringComparison.Ordinal);
            Assert.StartsWith("Mock reply #2: ", second.Text, StringComparison.Ordinal);
            Assert.Contains("e2e-follow-b", second.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("e2e-follow-a", second.Text, StringComparison.Ordinal);
            Assert.Equal(warm, stillWarm);

            await node.WaitForStatusAsync(s => s.Containers.Count == 0, TimeSpan.FromSeconds(30));
            Assert.Empty(await DockerLeftovers.WaitUntilGoneAsync(node.InstallId, TimeSpan.FromSeconds(30)));

            await node.PostAsync(Chat, "third e2e-follow-c");
            var third = await node.WaitForReplyAsync(Chat, 3, ReplyTimeout);
            var fresh = Assert.Single((await node.StatusAsync()).Containers).RunId;

            Assert.StartsWith("Mock reply #3: ", third.Text, StringComparison.Ordinal);
            Assert.Contains("e2e-follow-c", third.Text, StringComparison.Ordinal);
            Assert.NotEqual(warm, fresh);

            await node.StopAsync();
            Assert.Empty(await DockerLeftovers.ListAsync(node.InstallId));
        }
        finally
        {
            await DockerLeftovers.RemoveForDirectoryAsync(temp.Path);
        }
    }
}
