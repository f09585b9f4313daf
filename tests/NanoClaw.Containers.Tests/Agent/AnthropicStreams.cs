using System.Text;
using System.Text.Json;

namespace NanoClaw.Containers.Tests.Agent;

/// <summary>Anthropic Messages API streams as the real API sends them, for a scripted fake upstream.</summary>
internal static class AnthropicStreams
{
    public static string Text(string text) => Build(
        Event("content_block_start", new { type = "content_block_start", index = 0, content_block = new { type = "text", text = "" } }),
        Event("content_block_delta", new { type = "content_block_delta", index = 0, delta = new { type = "text_delta", text } }),
        Event("content_block_stop", new { type = "content_block_stop", index = 0 }),
        Stop("end_turn"));

    public static string ToolUse(string id, string name, object input) => Build(
        Event("content_block_start", new { type = "content_block_start", index = 0, content_block = new { type = "tool_use", id, name, input = new { } } }),
        Event("content_block_delta", new
        {
            type = "content_block_delta",
            index = 0,
            delta = new { type = "input_json_delta", partial_json = JsonSerializer.Serialize(input) },
        }),
        Event("content_block_stop", new { type = "content_block_stop", index = 0 }),
        Stop("tool_use"));

    private static string Build(params string[] middle)
    {
        var start = Event("message_start", new
        {
            type = "message_start",
            message = new
            {
                id = "msg_e2e", type = "message", role = "assistant", model = "claude-test", content = Array.Empty<object>(),
                stop_reason = (string?)null, stop_sequence = (string?)null, usage = new { input_tokens = 40, output_tokens = 1 },
            },
        });
        return new StringBuilder(start).AppendJoin(string.Empty, middle).Append(Event("message_stop", new { type = "message_stop" })).ToString();
    }

    private static string Stop(string reason) => Event("message_delta", new
    {
        type = "message_delta",
        delta = new { stop_reason = reason, stop_sequence = (string?)null },
        usage = new { output_tokens = 7 },
    });

    private static string Event(string name, object data) => $"event: {name}\ndata: {JsonSerializer.Serialize(data)}\n\n";
}
