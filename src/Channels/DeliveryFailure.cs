namespace NanoClaw.Channels;

/// <summary>A message part the platform rejected on every try; kept for the log and the health endpoint.</summary>
public sealed record DeliveryFailure(string Channel, string ChatId, string Text, int Attempts, string Reason, DateTimeOffset At);
