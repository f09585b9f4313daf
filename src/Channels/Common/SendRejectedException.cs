namespace NanoClaw.Channels.Common;

/// <summary>
/// The platform answered a send with an error. The send is tried again after <see cref="RetryAfter"/>
/// when the platform named a wait (rate limits), otherwise after the usual backoff.
/// </summary>
public sealed class SendRejectedException : Exception
{
    public SendRejectedException()
    {
    }

    public SendRejectedException(string message)
        : base(message)
    {
    }

    public SendRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SendRejectedException(string message, TimeSpan? retryAfter)
        : base(message)
    {
        RetryAfter = retryAfter;
    }

    public TimeSpan? RetryAfter { get; }
}
