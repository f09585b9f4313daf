namespace NanoClaw.AgentRunner.Models;

/// <summary>
/// What one model call used, as the provider reports it. Input counts every prompt token, cached
/// or not, so <see cref="ContextTokens"/> is the size of the conversation including the reply.
/// </summary>
public sealed record TokenUsage(long InputTokens, long OutputTokens)
{
    public long ContextTokens => InputTokens + OutputTokens;
}
