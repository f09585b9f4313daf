using NanoClaw.Actors.Persistence;

namespace NanoClaw.Actors.Groups;

/// <summary>The group is about to be woken (recovered) for a message; until it sleeps again, a start of the node wakes it.</summary>
public sealed record GroupWoke(string Folder) : IPersisted;

/// <summary>The group had nothing left to do and was put to sleep; a start of the node leaves it asleep.</summary>
public sealed record GroupSlept(string Folder) : IPersisted;

/// <summary>The folders of the groups that were awake.</summary>
public sealed record GroupsSnapshot(IReadOnlyList<string> Awake) : IPersisted;
