using System.Net.Http.Json;
using NanoClaw.Host.Api;
using NanoClaw.Host.Api.Contracts;
using NanoClaw.Host.Tests.Configuration;
using NanoClaw.Host.Tests.Support;

namespace NanoClaw.Host.Tests.EndToEnd;

/// <summary>
/// The real node with an Anthropic key and a fake Messages API upstream: the default engine is
/// claude-code, a message is answered by Claude Code in a real container through the model proxy,
/// and switching the group to builtin makes its next run answer with the builtin engine.
/// </summary>
[Collection(DockerCollection.Name)]
public sealed class NodeEngineTests
{
    private const string Chat = "web:main";
    private const string Key = "sk-ant-node-e2e-key";

    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(90);

    [DockerFact]
    public async Task Run_AnthropicKeyAutoEngine_ClaudeCodeAnswersThenBuiltinAfterTheSwitch()
    {
        using var temp = new TempDirectory();
        await using var upstream = await FakeAnthropicApi.StartAsync();
        try
        {
            using var node = await NodeProcess.StartAsync(temp.Path, string.Join('\n',
                "nanoclaw.model.provider = anthropic",
                $"nanoclaw.model.base-url = \"{upstream.BaseUrl}\"",
                "nanoclaw.containers.idle-timeout = 2s"), Key);

            await node.PostAsync(Chat, "hello claude code");
            var first = await node.WaitForReplyAsync(Chat, 1, ReplyTimeout);
            var status = await node.StatusAsync();
            var (headers, body) = upstream.Requests.First();

            Assert.Equal("Fake reply #1", first.Text);
            Assert.Equal("claude-code", Assert.Single(status.Groups, g => g.Folder == "main").Engine);
            Assert.Contains("claude-code", headers["anthropic-beta"], StringComparison.Ordinal);
            Assert.Equal(Key, headers["x-api-key"]);
            Assert.Contains("hello claude code", body, StringComparison.Ordinal);

            using (var response = await node.Http.PutAsJsonAsync("api/groups/main/engine", new SetEngineRequest("builtin"), ApiJsonContext.Default.SetEngineRequest))
            {
                var group = await response.Content.ReadFromJsonAsync(ApiJsonContext.Default.GroupView);
                Assert.Equal(("builtin", "builtin"), (group!.Engine, group.RequestedEngine));
            }

            await node.WaitForStatusAsync(s => s.Containers.Count == 0, TimeSpan.FromSeconds(30));
            await node.PostAsync(Chat, "hello builtin");
            var second = await node.WaitForReplyAsync(Chat, 2, ReplyTimeout);
            var (builtinHeaders, _) = upstream.Requests.Last();

            Assert.Equal($"Fake reply #{upstream.Requests.Count}", second.Text);
            Assert.DoesNotContain("claude-code", builtinHeaders.GetValueOrDefault("anthropic-beta") ?? string.Empty, StringComparison.Ordinal);
            Assert.Equal("builtin", Assert.Single((await node.StatusAsync()).Groups, g => g.Folder == "main").Engine);
            await node.StopAsync();
        }
        finally
        {
            await DockerLeftovers.RemoveForDirectoryAsync(temp.Path);
        }
    }
}
