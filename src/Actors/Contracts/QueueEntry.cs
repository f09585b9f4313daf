namespace NanoClaw.Actors.Contracts;

/// <summary>A group waiting for a container slot; <c>kind</c> is <c>task</c> or <c>message</c>.</summary>
public sealed record QueueEntry(string Group, string Kind, DateTimeOffset Since);
