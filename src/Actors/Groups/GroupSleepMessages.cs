namespace NanoClaw.Actors.Groups;

/// <summary>A message for the group in <paramref name="Folder"/>; <see cref="GroupsActor"/> wakes the group if it sleeps and forwards <paramref name="Message"/> with its sender.</summary>
public sealed record ToGroup(string Folder, object Message);

/// <summary>The group has been at rest for <c>sleep-after</c>: no pending work, no run, no undelivered reply.</summary>
public sealed record ReadyToSleep(string Folder);

/// <summary>From <see cref="GroupsActor"/> after <see cref="ReadyToSleep"/>, behind every message forwarded before it: answered <see cref="SleepAccepted"/> if the group is still at rest, else <see cref="SleepDeclined"/>.</summary>
public sealed record GoToSleep
{
    public static readonly GoToSleep Instance = new();
}

/// <summary>The group is at rest and may be stopped.</summary>
public sealed record SleepAccepted(string Folder);

/// <summary>Work arrived since <see cref="ReadyToSleep"/>; the group stays awake.</summary>
public sealed record SleepDeclined(string Folder);

/// <summary>Asks <see cref="GroupsActor"/> which groups are awake; answered with <see cref="AwakeGroups"/>.</summary>
public sealed record GetAwakeGroups
{
    public static readonly GetAwakeGroups Instance = new();
}

/// <summary>The folders of the groups whose actors are running.</summary>
public sealed record AwakeGroups(IReadOnlyList<string> Folders);
