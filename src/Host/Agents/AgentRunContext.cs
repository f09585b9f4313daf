using NanoClaw.AgentProtocol;

namespace NanoClaw.Host.Agents;

/// <summary>What every run's <c>start</c> carries besides the prompt: the same for all groups of a node.</summary>
/// <param name="AssistantName">The assistant's name in prompts.</param>
/// <param name="TimeZone">IANA zone for the agent's clock and schedules.</param>
/// <param name="Model">The effective model (see <see cref="EffectiveModel"/>).</param>
/// <param name="Engine">The node's <c>nanoclaw.agent.engine</c>; a group may ask for another (see <see cref="EngineChoice"/>).</param>
public sealed record AgentRunContext(string AssistantName, string TimeZone, ModelSettings Model, string Engine = Settings.AgentOptions.Auto);
