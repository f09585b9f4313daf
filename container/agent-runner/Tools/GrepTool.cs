using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NanoClaw.AgentRunner.Models;

namespace NanoClaw.AgentRunner.Tools;

/// <summary>
/// Searches file contents with a regular expression. Lists <c>path:line: text</c>, skips binary
/// and very large files, and stops at <see cref="ToolLimits.MaxMatches"/>.
/// </summary>
public sealed class GrepTool(Workspace workspace) : IAgentTool
{
    private const long MaxFileBytes = 5 * 1024 * 1024;

    public ToolDefinition Definition { get; } = new(
        "grep",
        "Search file contents with a regular expression below a folder (or in one file) of the workspace.",
        ToolInput.Schema("""
            {"type":"object","properties":{
              "pattern":{"type":"string","description":".NET regular expression."},
              "path":{"type":"string","description":"File or folder to search (default: the group folder)."},
              "glob":{"type":"string","description":"Only files matching this glob, e.g. '*.md'."}
            },"required":["pattern"]}
            """));

    public async Task<ToolOutcome> InvokeAsync(JsonElement input, CancellationToken cancellationToken)
    {
        Regex regex;
        try
        {
            regex = new Regex(ToolInput.String(input, "pattern") ?? string.Empty, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException ex)
        {
            return ToolOutcome.Fail($"Invalid pattern: {ex.Message}");
        }

        if (!workspace.TryResolve(ToolInput.String(input, "path") ?? ".", out var root, out var error))
        {
            return ToolOutcome.Fail(error);
        }

        var filter = ToolInput.String(input, "glob") is { } glob ? GlobPattern.ToRegex(glob) : null;
        var files = File.Exists(root) ? [root] : Directory.Exists(root) ? WorkspaceFiles.Enumerate(root) : [];
        var output = new StringBuilder();
        var count = 0;
        foreach (var file in files.Where(f => filter is null || filter.IsMatch(Path.GetFileName(f))))
        {
            count = await SearchAsync(file, regex, output, count, cancellationToken).ConfigureAwait(false);
            if (count >= ToolLimits.MaxMatches)
            {
                output.Append(CultureInfo.InvariantCulture, $"[stopped after {ToolLimits.MaxMatches} matches]");
                break;
            }
        }

        return ToolOutcome.Ok(count == 0 ? "No matches." : ToolLimits.Cap(output.ToString()));
    }

    private async Task<int> SearchAsync(string file, Regex regex, StringBuilder output, int count, CancellationToken cancellationToken)
    {
        if (new FileInfo(file).Length > MaxFileBytes || await IsBinaryAsync(file, cancellationToken).ConfigureAwait(false))
        {
            return count;
        }

        var number = 0;
        await foreach (var line in File.ReadLinesAsync(file, cancellationToken).ConfigureAwait(false))
        {
            number++;
            if (regex.IsMatch(line))
            {
                output.Append(CultureInfo.InvariantCulture, $"{workspace.Display(file)}:{number}: {line}\n");
                if (++count >= ToolLimits.MaxMatches)
                {
                    break;
                }
            }
        }

        return count;
    }

    private static async Task<bool> IsBinaryAsync(string file, CancellationToken cancellationToken)
    {
        var head = new byte[8192];
        var stream = File.OpenRead(file);
        await using (stream.ConfigureAwait(false))
        {
            var read = await stream.ReadAsync(head, cancellationToken).ConfigureAwait(false);
            return Array.IndexOf(head, (byte)0, 0, read) >= 0;
        }
    }
}
