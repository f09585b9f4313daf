namespace NanoClaw.Host.Api.Contracts;

/// <summary>
/// A registered group. <see cref="Engine"/> is the engine its runs use; <see cref="RequestedEngine"/>
/// what the group asks for (null: the node's default); <see cref="EngineNote"/> why they differ, if they do.
/// </summary>
public sealed record GroupView(
    string Folder,
    string Name,
    IReadOnlyList<string> Chats,
    string Trigger,
    bool RequiresTrigger,
    bool IsMain,
    string Engine = "builtin",
    string? RequestedEngine = null,
    string? EngineNote = null);
