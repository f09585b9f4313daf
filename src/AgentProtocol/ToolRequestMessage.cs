using System.Text.Json;

namespace NanoClaw.AgentProtocol;

/// <summary>
/// Runner → host (<c>tool</c>): run a host tool such as <c>send_message</c>. The host answers with
/// a <see cref="ToolResultMessage"/> carrying the same <paramref name="RequestId"/>.
/// </summary>
public sealed record ToolRequestMessage(string RequestId, string Name, JsonElement Arguments) : ProtocolMessage;
