namespace NanoClaw.AgentRunner.Models;

/// <summary>
/// A model call failed. <see cref="Retryable"/> is true for rate limits, overload and 5xx;
/// <see cref="TooLong"/> when the provider refused the request for its size (the conversation no
/// longer fits the model's context window).
/// </summary>
public sealed class ModelCallException : Exception
{
    private static readonly string[] TooLongMarkers =
        ["prompt is too long", "context_length_exceeded", "maximum context length", "exceeds the context", "context window"];

    public ModelCallException()
    {
    }

    public ModelCallException(string message)
        : base(message)
    {
    }

    public ModelCallException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ModelCallException(string message, bool retryable, Exception? innerException = null, bool tooLong = false)
        : base(message, innerException)
    {
        Retryable = retryable;
        TooLong = tooLong;
    }

    public bool Retryable { get; }

    public bool TooLong { get; }

    /// <summary>The exception for an upstream HTTP error, classified by its status and message.</summary>
    public static ModelCallException FromStatus(int status, string message, Exception innerException) =>
        new($"Model call failed ({status}): {message}", IsRetryableStatus(status), innerException, IsTooLong(status, message));

    /// <summary>
    /// True for "request too large" (413) and for the 400 answers Anthropic ("prompt is too long"),
    /// OpenAI ("context_length_exceeded", "maximum context length") and local servers ("exceeds
    /// the context") give for a prompt beyond the window.
    /// </summary>
    public static bool IsTooLong(int status, string message) =>
        status == 413
        || (status == 400 && message is not null && TooLongMarkers.Any(m => message.Contains(m, StringComparison.OrdinalIgnoreCase)));

    public static bool IsRetryableStatus(int status) => status is 408 or 409 or 429 or >= 500;
}
