using System.Text.Json;

namespace NanoClaw.AgentRunner.Conversation;

/// <summary>
/// One piece of a message, provider neutral: <c>text</c>, <c>tool_use</c> (the model asks for a
/// tool: <see cref="Id"/>, <see cref="Name"/>, <see cref="Input"/>) or <c>tool_result</c>
/// (<see cref="Id"/> of the tool use, <see cref="Text"/> as content, <see cref="IsError"/>).
/// </summary>
public sealed record ContentBlock(
    string Type,
    string? Text = null,
    string? Id = null,
    string? Name = null,
    JsonElement? Input = null,
    bool IsError = false)
{
    public const string TextType = "text";
    public const string ToolUseType = "tool_use";
    public const string ToolResultType = "tool_result";

    public static ContentBlock FromText(string text) => new(TextType, Text: text);

    public static ContentBlock ToolUse(string id, string name, JsonElement input) => new(ToolUseType, Id: id, Name: name, Input: input);

    public static ContentBlock ToolResult(string toolUseId, string content, bool isError) =>
        new(ToolResultType, Text: content, Id: toolUseId, IsError: isError);
}
