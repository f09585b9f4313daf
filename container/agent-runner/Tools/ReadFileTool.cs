using System.Text.Json;
using NanoClaw.AgentRunner.Models;

namespace NanoClaw.AgentRunner.Tools;

/// <summary>Reads a text file in the workspace, optionally a range of lines; output is capped.</summary>
public sealed class ReadFileTool(Workspace workspace) : IAgentTool
{
    public ToolDefinition Definition { get; } = new(
        "read_file",
        "Read a text file from the workspace. Paths are relative to the group folder.",
        ToolInput.Schema("""
            {"type":"object","properties":{
              "path":{"type":"string"},
              "offset":{"type":"integer","description":"First line to return, 1-based (default 1)."},
              "limit":{"type":"integer","description":"Most lines to return (default 2000)."}
            },"required":["path"]}
            """));

    public async Task<ToolOutcome> InvokeAsync(JsonElement input, CancellationToken cancellationToken)
    {
        if (!workspace.TryResolve(ToolInput.String(input, "path"), out var path, out var error))
        {
            return ToolOutcome.Fail(error);
        }

        if (!File.Exists(path))
        {
            return ToolOutcome.Fail($"No such file: {workspace.Display(path)}");
        }

        var offset = Math.Max(1, ToolInput.Int(input, "offset") ?? 1);
        var limit = Math.Max(1, ToolInput.Int(input, "limit") ?? 2000);
        var lines = new List<string>();
        var number = 0;
        await foreach (var line in File.ReadLinesAsync(path, cancellationToken).ConfigureAwait(false))
        {
            number++;
            if (number >= offset && lines.Count < limit)
            {
                lines.Add(line);
            }
        }

        return ToolOutcome.Ok(ToolLimits.Cap(string.Join('\n', lines)));
    }
}
