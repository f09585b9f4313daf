using NanoClaw.AgentProtocol;
using NanoClaw.Host.Settings;

namespace NanoClaw.Host.Agents;

/// <summary>
/// The engine a run really uses. The group's own choice wins over the node's; <c>auto</c> means
/// claude-code for Anthropic's models and builtin otherwise. Claude Code speaks only the Anthropic
/// API, so a group asking for it while the node answers with another provider (or the mock, when no
/// key is set) runs builtin, and <see cref="Note"/> says why.
/// </summary>
public sealed record EngineChoice(string Engine, string? Note)
{
    public static EngineChoice Resolve(string? groupEngine, string nodeEngine, string provider)
    {
        var anthropic = provider == "anthropic";
        var requested = groupEngine ?? nodeEngine;
        if (requested == AgentOptions.Auto)
        {
            return new(anthropic ? AgentEngines.ClaudeCode : AgentEngines.Builtin, null);
        }

        return requested == AgentEngines.ClaudeCode && !anthropic
            ? new(AgentEngines.Builtin, $"claude-code needs an Anthropic model; the node answers with '{provider}', so the builtin engine runs")
            : new(requested, null);
    }
}
