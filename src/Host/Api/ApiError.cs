namespace NanoClaw.Host.Api;

/// <summary>The body of every error the API answers: <c>{"error": "…"}</c>.</summary>
public sealed record ApiError(string Error);
