namespace NanoClaw.Host.Api.Contracts;

/// <summary>One run of a task: <c>status</c> is <c>success</c>, <c>error</c> or <c>interrupted</c>; <c>durationMs</c> is null when the run never ended.</summary>
public sealed record TaskRunView(
    DateTimeOffset Start,
    long? DurationMs,
    string Status,
    string? Result,
    string? Error);
