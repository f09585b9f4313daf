namespace NanoClaw.Actors.Events;

/// <summary>Marks a message that is dropped silently, neither published nor logged, when undeliverable.</summary>
public interface IDeadLetterSuppression;
