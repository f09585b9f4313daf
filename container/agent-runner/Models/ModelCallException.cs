namespace NanoClaw.AgentRunner.Models;

/// <summary>A model call failed. <see cref="Retryable"/> is true for rate limits, overload and 5xx.</summary>
public sealed class ModelCallException : Exception
{
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

    public ModelCallException(string message, bool retryable, Exception? innerException = null)
        : base(message, innerException)
    {
        Retryable = retryable;
    }

    public bool Retryable { get; }

    public static bool IsRetryableStatus(int status) => status is 408 or 409 or 429 or >= 500;
}
