namespace NanoClaw.Containers.ModelProxy;

/// <summary>Tokens a group's agent used in one turn, summed over the model calls of that turn.</summary>
public sealed record TurnUsage(string GroupFolder, int Turn, long InputTokens, long OutputTokens);
