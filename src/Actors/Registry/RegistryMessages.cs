namespace NanoClaw.Actors.Registry;

/// <summary>Registers a group, or wires <paramref name="Chat"/> to the existing group in <paramref name="Folder"/>. Answered with <see cref="RegistryResult"/>.</summary>
public sealed record RegisterGroup(string Folder, string Name, string Chat, string? Trigger, bool RequiresTrigger, bool IsMain, string? Engine = null);

/// <summary>Sets the agent engine a group asks for (null: the node's default). Answered with <see cref="RegistryResult"/>.</summary>
public sealed record SetGroupEngine(string Folder, string? Engine);

/// <summary>Removes a group. Answered with <see cref="RegistryResult"/>.</summary>
public sealed record RemoveGroup(string Folder);

/// <summary>A chat was heard from; fire and forget.</summary>
public sealed record RecordChat(SeenChat Chat);

/// <summary>The outcome of a registry change: the group as it is now, or why nothing changed.</summary>
public sealed record RegistryResult(RegisteredGroup? Group, string? Error, int Status = 400)
{
    public static RegistryResult Ok(RegisteredGroup group) => new(group, null, 200);

    public static RegistryResult Refused(string error, int status = 400) => new(null, error, status);
}

/// <summary>Asks the registry to answer once it has recovered, with the current <see cref="RegistryView"/>.</summary>
public sealed record GetRegistry
{
    public static readonly GetRegistry Instance = new();
}
