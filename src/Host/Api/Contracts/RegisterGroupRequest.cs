namespace NanoClaw.Host.Api.Contracts;

/// <summary>
/// <c>POST /api/groups</c>. <c>trigger</c> defaults to <c>@&lt;assistant name&gt;</c>; <c>requiresTrigger</c>
/// defaults to true (main never needs one); <c>engine</c> (claude-code or builtin) defaults to the
/// node's. Registering an existing folder with a new chat wires
/// that chat to the group as well.
/// </summary>
public sealed record RegisterGroupRequest(
    string? Folder,
    string? Name,
    string? Chat,
    string? Trigger = null,
    bool? RequiresTrigger = null,
    bool IsMain = false,
    string? Engine = null);
