using System.Text.Json;
using NanoClaw.AgentRunner.Models;

namespace NanoClaw.AgentRunner.Tools;

/// <summary>Creates or replaces a file in the workspace, creating folders as needed.</summary>
public sealed class WriteFileTool(Workspace workspace) : IAgentTool
{
    public ToolDefinition Definition { get; } = new(
        "write_file",
        "Create or overwrite a file in the workspace with the given content.",
        ToolInput.Schema("""
            {"type":"object","properties":{"path":{"type":"string"},"content":{"type":"string"}},"required":["path","content"]}
            """));

    public async Task<ToolOutcome> InvokeAsync(JsonElement input, CancellationToken cancellationToken)
    {
        var content = ToolInput.String(input, "content");
        if (content is null)
        {
            return ToolOutcome.Fail("write_file needs 'content'.");
        }

        if (!workspace.TryResolve(ToolInput.String(input, "path"), out var path, out var error))
        {
            return ToolOutcome.Fail(error);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, content, cancellationToken).ConfigureAwait(false);
        return ToolOutcome.Ok($"Wrote {content.Length} characters to {workspace.Display(path)}.");
    }
}
