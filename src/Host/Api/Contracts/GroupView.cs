namespace NanoClaw.Host.Api.Contracts;

/// <summary>A registered group.</summary>
public sealed record GroupView(
    string Folder,
    string Name,
    IReadOnlyList<string> Chats,
    string Trigger,
    bool RequiresTrigger,
    bool IsMain);
