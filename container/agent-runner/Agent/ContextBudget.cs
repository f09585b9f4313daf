using NanoClaw.AgentRunner.Conversation;
using NanoClaw.AgentRunner.Models;

namespace NanoClaw.AgentRunner.Agent;

/// <summary>
/// How much of the model's context window a request may fill, and how full the conversation is.
/// The size comes from the usage the provider returned for the last call (which covers the system
/// prompt, the tools and every message up to that reply) plus an estimate for the messages added
/// since; with no measurement yet (a resumed session, a provider without usage) it is all estimated.
/// </summary>
public sealed class ContextBudget
{
    private TokenUsage? _measured;
    private int _measuredCount;

    /// <param name="contextWindow">The model's window in tokens.</param>
    /// <param name="compactAt">The share of the window a request may fill (above 0, at most 1).</param>
    /// <param name="maxOutputTokens">The output limit per call; the reply must fit in the window too.</param>
    public ContextBudget(int contextWindow, double compactAt, int maxOutputTokens)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(contextWindow);
        if (compactAt is <= 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(compactAt), compactAt, "must be above 0 and at most 1");
        }

        var share = (long)(contextWindow * compactAt);
        Limit = Math.Max(1, Math.Min(share, contextWindow - (long)Math.Max(0, maxOutputTokens)));
    }

    /// <summary>The most tokens a request should carry before the conversation is compacted.</summary>
    public long Limit { get; }

    /// <summary>Records what the provider measured for a conversation of <paramref name="messageCount"/> messages (the reply included).</summary>
    public void Measured(int messageCount, TokenUsage? usage)
    {
        _measured = usage;
        _measuredCount = messageCount;
    }

    /// <summary>The conversation was rewritten: earlier measurements no longer describe it.</summary>
    public void Forget() => _measured = null;

    /// <summary>The size of a request with <paramref name="conversation"/>; <paramref name="fixedTokens"/> is the system prompt and tools.</summary>
    public long Size(IReadOnlyList<ConversationMessage> conversation, long fixedTokens)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return _measured is { } usage && _measuredCount <= conversation.Count
            ? usage.ContextTokens + TokenEstimate.Of(conversation.Skip(_measuredCount))
            : fixedTokens + TokenEstimate.Of(conversation);
    }
}
