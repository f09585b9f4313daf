namespace NanoClaw.Host.Api.Contracts;

/// <summary>A chat the node knows; <c>group</c> is the folder it is wired to, or null when it was only seen.</summary>
public sealed record ChatView(string ChatId, string? Name, string Platform, string? Group, DateTimeOffset? LastSeen);
