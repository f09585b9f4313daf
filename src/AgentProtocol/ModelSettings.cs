namespace NanoClaw.AgentProtocol;

/// <summary>
/// Which model the runner talks to. The runner never learns a credential: it reaches the model only
/// through the proxy socket and authenticates with the per-run token of <see cref="StartMessage"/>.
/// </summary>
/// <param name="Provider"><c>anthropic</c>, <c>openai</c> or <c>mock</c> (tests only).</param>
/// <param name="Name">The model name sent upstream.</param>
/// <param name="MaxTokens">The output token limit per model call.</param>
/// <param name="MockScript">For <c>mock</c> only: a file in the container scripting tool calls.</param>
/// <param name="ContextWindow">The model's context window in tokens.</param>
/// <param name="CompactAt">
/// The share of <paramref name="ContextWindow"/> (above 0, at most 1) a request may fill before the
/// older part of the conversation is summarized.
/// </param>
public sealed record ModelSettings(
    string Provider,
    string Name,
    int MaxTokens,
    string? MockScript = null,
    int ContextWindow = ModelSettings.DefaultContextWindow,
    double CompactAt = ModelSettings.DefaultCompactAt)
{
    /// <summary>The window assumed when none is known: small enough for most local models.</summary>
    public const int DefaultContextWindow = 32_768;

    public const double DefaultCompactAt = 0.8;
}
