using System.Text.Json;
using NanoClaw.Containers.Agent;
using NanoClaw.Containers.Agent.Tools;

namespace NanoClaw.Containers.Tests.Agent;

public class AuthorizingHostToolHandlerTests
{
    private static readonly AgentRunIdentity Main = new("main", "chat-main", IsMain: true);
    private static readonly AgentRunIdentity Family = new("family", "chat-family", IsMain: false);
    private readonly RecordingToolHandler _inner = new();
    private readonly AuthorizingHostToolHandler _handler;

    public AuthorizingHostToolHandlerTests() =>
        _handler = new AuthorizingHostToolHandler(_inner, new FakeOwners(new() { ["t-family"] = "family", ["t-work"] = "work" }));

    [Theory]
    [InlineData("send_message", """{"text":"hi"}""")]
    [InlineData("send_message", """{"text":"hi","chat_id":"chat-family"}""")]
    [InlineData("schedule_task", """{"prompt":"p","schedule_type":"cron","schedule_value":"0 9 * * *"}""")]
    [InlineData("schedule_task", """{"prompt":"p","schedule_type":"once","schedule_value":"2026-01-01T09:00:00","target_group":"family","context_mode":"group"}""")]
    [InlineData("list_tasks", "{}")]
    [InlineData("pause_task", """{"task_id":"t-family"}""")]
    [InlineData("cancel_task", """{"task_id":"t-family"}""")]
    [InlineData("update_task", """{"task_id":"t-family","prompt":"new"}""")]
    public async Task HandleAsync_NonMainActingOnItself_IsPassedThrough(string name, string json)
    {
        var result = await CallAsync(Family, name, json);

        Assert.False(result.IsError, result.Content);
        Assert.Single(_inner.Calls);
    }

    [Theory]
    [InlineData("send_message", """{"text":"hi","chat_id":"chat-work"}""")]
    [InlineData("schedule_task", """{"prompt":"p","schedule_type":"cron","schedule_value":"* * * * *","target_group":"work"}""")]
    [InlineData("pause_task", """{"task_id":"t-work"}""")]
    [InlineData("resume_task", """{"task_id":"t-work"}""")]
    [InlineData("cancel_task", """{"task_id":"t-work"}""")]
    [InlineData("update_task", """{"task_id":"t-work","prompt":"mine now"}""")]
    [InlineData("register_group", """{"chat_id":"c","name":"n","folder":"f","trigger":"@Andy"}""")]
    public async Task HandleAsync_NonMainActingOnOthers_IsRefused(string name, string json)
    {
        var result = await CallAsync(Family, name, json);

        Assert.True(result.IsError);
        Assert.Empty(_inner.Calls);
    }

    [Theory]
    [InlineData("send_message", """{"text":"hi","chat_id":"chat-work"}""")]
    [InlineData("schedule_task", """{"prompt":"p","schedule_type":"interval","schedule_value":"3600000","target_group":"work"}""")]
    [InlineData("cancel_task", """{"task_id":"t-work"}""")]
    [InlineData("register_group", """{"chat_id":"c","name":"n","folder":"new-group","trigger":"@Andy","requires_trigger":true}""")]
    public async Task HandleAsync_MainActingOnOthers_IsPassedThrough(string name, string json)
    {
        var result = await CallAsync(Main, name, json);

        Assert.False(result.IsError, result.Content);
    }

    [Theory]
    [InlineData("send_message", """{"text":""}""")]
    [InlineData("schedule_task", """{"prompt":"p","schedule_type":"hourly","schedule_value":"1"}""")]
    [InlineData("schedule_task", """{"prompt":"p","schedule_type":"cron","schedule_value":"* * * * *","context_mode":"shared"}""")]
    [InlineData("pause_task", """{"task_id":"t-missing"}""")]
    [InlineData("pause_task", "{}")]
    [InlineData("update_task", """{"task_id":"t-work"}""")]
    [InlineData("register_group", """{"chat_id":"c","name":"n","folder":"../../outside","trigger":"@Andy"}""")]
    [InlineData("register_group", """{"chat_id":"c","name":"n","folder":"f"}""")]
    [InlineData("format_disk", "{}")]
    public async Task HandleAsync_InvalidCall_IsRefusedEvenForMain(string name, string json)
    {
        var result = await CallAsync(Main, name, json);

        Assert.True(result.IsError);
        Assert.Empty(_inner.Calls);
    }

    private async Task<HostToolResult> CallAsync(AgentRunIdentity caller, string name, string json)
    {
        using var document = JsonDocument.Parse(json);
        return await _handler.HandleAsync(new HostToolRequest(caller, name, document.RootElement.Clone()), CancellationToken.None);
    }

    private sealed class FakeOwners(Dictionary<string, string> owners) : ITaskOwnerLookup
    {
        public Task<string?> FindOwnerFolderAsync(string taskId, CancellationToken cancellationToken) =>
            Task.FromResult(owners.GetValueOrDefault(taskId));
    }
}
