using System.Text.Json;
using NanoClaw.AgentRunner.Models;

namespace NanoClaw.AgentRunner.Tools;

/// <summary>Lists files matching a glob under a workspace folder, up to <see cref="ToolLimits.MaxMatches"/>.</summary>
public sealed class GlobTool(Workspace workspace) : IAgentTool
{
    public ToolDefinition Definition { get; } = new(
        "glob",
        "Find files by glob pattern (e.g. '**/*.md', 'notes/*.txt') below a folder of the workspace.",
        ToolInput.Schema("""
            {"type":"object","properties":{
              "pattern":{"type":"string"},
              "path":{"type":"string","description":"Folder to search (default: the group folder)."}
            },"required":["pattern"]}
            """));

    public Task<ToolOutcome> InvokeAsync(JsonElement input, CancellationToken cancellationToken)
    {
        var pattern = ToolInput.String(input, "pattern");
        if (string.IsNullOrWhiteSpace(pattern))
        {
            return Task.FromResult(ToolOutcome.Fail("glob needs a 'pattern'."));
        }

        if (!workspace.TryResolve(ToolInput.String(input, "path") ?? ".", out var root, out var error))
        {
            return Task.FromResult(ToolOutcome.Fail(error));
        }

        if (!Directory.Exists(root))
        {
            return Task.FromResult(ToolOutcome.Fail($"No such folder: {workspace.Display(root)}"));
        }

        var regex = GlobPattern.ToRegex(pattern);
        var matches = WorkspaceFiles.Enumerate(root)
            .Where(f => regex.IsMatch(Path.GetRelativePath(root, f)))
            .Take(ToolLimits.MaxMatches + 1)
            .Select(workspace.Display)
            .ToList();
        var text = matches.Count == 0 ? "No files matched." : string.Join('\n', matches.Take(ToolLimits.MaxMatches));
        if (matches.Count > ToolLimits.MaxMatches)
        {
            text += $"\n[more than {ToolLimits.MaxMatches} matches; narrow the pattern]";
        }

        return Task.FromResult(ToolOutcome.Ok(ToolLimits.Cap(text)));
    }
}
