using NanoClaw.Actors.Persistence;

namespace NanoClaw.Actors.Registry;

/// <summary>A group was registered.</summary>
public sealed record GroupRegistered(RegisteredGroup Group) : IPersisted;

/// <summary>Another chat was wired to an existing group.</summary>
public sealed record ChatWired(string Folder, string ChatId) : IPersisted;

/// <summary>A group was removed; its folder stays on disk.</summary>
public sealed record GroupRemoved(string Folder) : IPersisted;

/// <summary>A chat was heard from for the first time, or under a new name.</summary>
public sealed record ChatRecorded(SeenChat Chat) : IPersisted;

/// <summary>A group's agent engine was chosen (null: back to the node's default).</summary>
public sealed record GroupEngineSet(string Folder, string? Engine) : IPersisted;
