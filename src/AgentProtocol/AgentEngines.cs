using System.Collections.Frozen;

namespace NanoClaw.AgentProtocol;

/// <summary>
/// The agent engines a runner can drive: <c>claude-code</c> (Claude Code through the Claude Agent
/// SDK, Anthropic models only) and <c>builtin</c> (the runner's own loop, any provider).
/// </summary>
public static class AgentEngines
{
    public const string ClaudeCode = "claude-code";
    public const string Builtin = "builtin";

    public static FrozenSet<string> All { get; } = new[] { ClaudeCode, Builtin }.ToFrozenSet(StringComparer.Ordinal);
}
