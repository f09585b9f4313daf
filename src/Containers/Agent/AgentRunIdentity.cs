namespace NanoClaw.Containers.Agent;

/// <summary>
/// Who is on the other end of an agent socket. The host decides it when it creates the socket for
/// a group's run; nothing the runner sends can change it.
/// </summary>
/// <param name="GroupFolder">The group's folder name, e.g. <c>main</c> or <c>family-chat</c>.</param>
/// <param name="ChatId">The chat the group lives in; where <c>send_message</c> goes.</param>
/// <param name="IsMain">The main group may act on other groups; others only on themselves.</param>
public sealed record AgentRunIdentity(string GroupFolder, string ChatId, bool IsMain);
