using System.Text.Json;
using System.Text.Json.Nodes;
using NanoClaw.AgentRunner.Conversation;

namespace NanoClaw.AgentRunner.Models;

/// <summary>Maps a <see cref="ModelRequest"/> to the Messages API's JSON body (streaming).</summary>
internal static class AnthropicRequestBuilder
{
    public static Dictionary<string, JsonElement> Build(ModelRequest request)
    {
        var messages = new JsonArray();
        foreach (var message in request.Messages)
        {
            messages.Add((JsonNode)new JsonObject { ["role"] = message.Role, ["content"] = Blocks(message.Content) });
        }

        var tools = new JsonArray();
        foreach (var tool in request.Tools)
        {
            tools.Add((JsonNode)new JsonObject
            {
                ["name"] = tool.Name,
                ["description"] = tool.Description,
                ["input_schema"] = JsonNode.Parse(tool.InputSchema.GetRawText()),
            });
        }

        var body = new JsonObject
        {
            ["model"] = request.Model,
            ["max_tokens"] = request.MaxTokens,
            ["system"] = request.SystemPrompt,
            ["messages"] = messages,
            ["stream"] = true,
        };
        if (tools.Count > 0)
        {
            body["tools"] = tools;
        }

        using var document = JsonDocument.Parse(body.ToJsonString());
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
    }

    private static JsonArray Blocks(IReadOnlyList<ContentBlock> blocks)
    {
        var array = new JsonArray();
        foreach (var block in blocks)
        {
            array.Add((JsonNode)(block.Type switch
            {
                ContentBlock.ToolUseType => new JsonObject
                {
                    ["type"] = "tool_use",
                    ["id"] = block.Id,
                    ["name"] = block.Name,
                    ["input"] = block.Input is { } input ? JsonNode.Parse(input.GetRawText()) : new JsonObject(),
                },
                ContentBlock.ToolResultType => new JsonObject
                {
                    ["type"] = "tool_result",
                    ["tool_use_id"] = block.Id,
                    ["content"] = block.Text ?? string.Empty,
                    ["is_error"] = block.IsError,
                },
                _ => new JsonObject { ["type"] = "text", ["text"] = block.Text ?? string.Empty },
            }));
        }

        return array;
    }
}
