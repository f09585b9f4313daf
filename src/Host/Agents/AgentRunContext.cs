using NanoClaw.AgentProtocol;

namespace NanoClaw.Host.Agents;

/// <summary>What every run's <c>start</c> carries besides the prompt: the same for all groups of a node.</summary>
/// <param name="AssistantName">The assistant's name in prompts.</param>
/// <param name="TimeZone">IANA zone for the agent's clock and schedules.</param>
/// <param name="Model">The effective model (see <see cref="EffectiveModel"/>).</param>
public sealed record AgentRunContext(string AssistantName, string TimeZone, ModelSettings Model);
