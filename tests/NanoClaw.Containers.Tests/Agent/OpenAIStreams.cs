using System.Text;
using System.Text.Json;

namespace NanoClaw.Containers.Tests.Agent;

/// <summary>Chat Completions streams as OpenAI-compatible servers send them (usage in the last chunk).</summary>
internal static class OpenAIStreams
{
    public static string Text(string text) => new StringBuilder()
        .Append(Chunk(new { role = "assistant", content = text }, null))
        .Append(Chunk(new { }, "stop"))
        .Append("data: ")
        .Append(JsonSerializer.Serialize(new { id = "c1", @object = "chat.completion.chunk", created = 1, model = "m", choices = Array.Empty<object>(), usage = new { prompt_tokens = 30, completion_tokens = 6, total_tokens = 36 } }))
        .Append("\n\ndata: [DONE]\n\n")
        .ToString();

    private static string Chunk(object delta, string? finish) =>
        "data: " + JsonSerializer.Serialize(new
        {
            id = "c1",
            @object = "chat.completion.chunk",
            created = 1,
            model = "m",
            choices = new[] { new { index = 0, delta, finish_reason = finish } },
        }) + "\n\n";
}
