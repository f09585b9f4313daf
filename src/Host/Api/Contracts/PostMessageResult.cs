namespace NanoClaw.Host.Api.Contracts;

/// <summary>The stored message's id (202 Accepted).</summary>
public sealed record PostMessageResult(string Id);
