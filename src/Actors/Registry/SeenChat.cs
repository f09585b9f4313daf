namespace NanoClaw.Actors.Registry;

/// <summary>A chat a channel heard from, registered or not; unknown ones can be registered from it.</summary>
public sealed record SeenChat(string ChatId, string? Name, string Platform, bool IsGroup, DateTimeOffset LastSeen);
