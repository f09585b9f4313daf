namespace NanoClaw.Channels;

/// <summary>Thrown from a send's task when a part of the message was given up on.</summary>
public sealed class DeliveryFailedException : Exception
{
    public DeliveryFailedException()
        : this(new DeliveryFailure(string.Empty, string.Empty, string.Empty, 0, "unknown", default))
    {
    }

    public DeliveryFailedException(string message)
        : this(new DeliveryFailure(string.Empty, string.Empty, string.Empty, 0, message, default))
    {
    }

    public DeliveryFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Failure = new DeliveryFailure(string.Empty, string.Empty, string.Empty, 0, message, default);
    }

    public DeliveryFailedException(DeliveryFailure failure)
        : base($"{failure.Channel}: delivery to {failure.ChatId} failed after {failure.Attempts} tries: {failure.Reason}")
    {
        Failure = failure;
    }

    public DeliveryFailure Failure { get; }
}
