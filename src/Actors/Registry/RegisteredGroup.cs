using System.Text.Json.Serialization;

namespace NanoClaw.Actors.Registry;

/// <summary>A group as the registry keeps it.</summary>
/// <param name="Folder">Its folder under <c>groups/</c>; also its identity.</param>
/// <param name="Name">The display name.</param>
/// <param name="Chats">The chats wired to it (<c>&lt;channel&gt;:&lt;platform id&gt;</c>); the first is where task output goes.</param>
/// <param name="Trigger">The word that wakes the agent, or null for <c>@&lt;assistant name&gt;</c>.</param>
/// <param name="RequiresTrigger">Whether non-main chats need the trigger; main never does.</param>
/// <param name="IsMain">The owner's private group.</param>
/// <param name="Added">When it was registered.</param>
/// <param name="Engine">The agent engine this group asks for, or null for the node's <c>nanoclaw.agent.engine</c>.</param>
public sealed record RegisteredGroup(
    string Folder,
    string Name,
    IReadOnlyList<string> Chats,
    string? Trigger,
    bool RequiresTrigger,
    bool IsMain,
    DateTimeOffset Added,
    string? Engine = null)
{
    /// <summary>The chat replies go to when no other chat is named.</summary>
    [JsonIgnore]
    public string PrimaryChat => Chats.Count > 0 ? Chats[0] : "";
}
