using System.Text.Json;
using NanoClaw.AgentRunner.Models;

namespace NanoClaw.AgentRunner.Tools;

/// <summary>
/// Replaces one exact occurrence of a string. It refuses when the string is absent or appears more
/// than once, so an edit never lands somewhere the model did not mean.
/// </summary>
public sealed class EditFileTool(Workspace workspace) : IAgentTool
{
    public ToolDefinition Definition { get; } = new(
        "edit_file",
        "Replace old_string with new_string in a file. old_string must occur exactly once.",
        ToolInput.Schema("""
            {"type":"object","properties":{
              "path":{"type":"string"},"old_string":{"type":"string"},"new_string":{"type":"string"}
            },"required":["path","old_string","new_string"]}
            """));

    public async Task<ToolOutcome> InvokeAsync(JsonElement input, CancellationToken cancellationToken)
    {
        var oldText = ToolInput.String(input, "old_string");
        var newText = ToolInput.String(input, "new_string");
        if (string.IsNullOrEmpty(oldText) || newText is null)
        {
            return ToolOutcome.Fail("edit_file needs a non-empty 'old_string' and a 'new_string'.");
        }

        if (!workspace.TryResolve(ToolInput.String(input, "path"), out var path, out var error))
        {
            return ToolOutcome.Fail(error);
        }

        if (!File.Exists(path))
        {
            return ToolOutcome.Fail($"No such file: {workspace.Display(path)}");
        }

        var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        var first = text.IndexOf(oldText, StringComparison.Ordinal);
        if (first < 0)
        {
            return ToolOutcome.Fail("old_string was not found in the file.");
        }

        if (text.IndexOf(oldText, first + 1, StringComparison.Ordinal) >= 0)
        {
            return ToolOutcome.Fail("old_string occurs more than once; include more surrounding text to make it unique.");
        }

        await File.WriteAllTextAsync(path, string.Concat(text.AsSpan(0, first), newText, text.AsSpan(first + oldText.Length)), cancellationToken)
            .ConfigureAwait(false);
        return ToolOutcome.Ok($"Edited {workspace.Display(path)}.");
    }
}
