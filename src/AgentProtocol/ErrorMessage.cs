namespace NanoClaw.AgentProtocol;

/// <summary>
/// Either direction: something failed. From the runner it ends the turn; from the host it answers
/// a line the host could not accept.
/// </summary>
/// <param name="Retryable">True when the same input may succeed later (rate limit, upstream 5xx).</param>
public sealed record ErrorMessage(string Message, bool Retryable) : ProtocolMessage;
