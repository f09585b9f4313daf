namespace NanoClaw.AgentRunner.Tools;

/// <summary>Every tool offered to the model in a run, by name.</summary>
public sealed class ToolCatalog
{
    private readonly Dictionary<string, IAgentTool> _tools;

    public ToolCatalog(IEnumerable<IAgentTool> tools) =>
        _tools = tools.ToDictionary(t => t.Definition.Name, StringComparer.Ordinal);

    public IReadOnlyList<Models.ToolDefinition> Definitions => [.. _tools.Values.Select(t => t.Definition)];

    /// <summary>The workspace tools and the host tools for a group.</summary>
    public static ToolCatalog Create(Workspace workspace, IHostToolGateway gateway, bool isMain, TimeProvider time) => new(
        new IAgentTool[]
        {
            new BashTool(workspace, time),
            new ReadFileTool(workspace),
            new WriteFileTool(workspace),
            new EditFileTool(workspace),
            new GlobTool(workspace),
            new GrepTool(workspace),
        }.Concat(HostToolCatalog.For(isMain).Select(d => new HostTool(d, gateway))));

    public bool TryGet(string name, out IAgentTool tool) => _tools.TryGetValue(name, out tool!);
}
