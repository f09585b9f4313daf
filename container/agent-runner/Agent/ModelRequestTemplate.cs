namespace NanoClaw.AgentRunner.Agent;

/// <summary>What stays the same across the model calls of a run.</summary>
public sealed record ModelRequestTemplate(string Model, int MaxTokens, string SystemPrompt);
