using System.Text.Json.Serialization;

namespace NanoClaw.AgentProtocol;

/// <summary>
/// One JSON line on the agent socket. The <c>type</c> property names the concrete message; the
/// names are the wire contract and never change meaning within a <see cref="ProtocolVersion"/>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(HelloMessage), MessageTypes.Hello)]
[JsonDerivedType(typeof(StartMessage), MessageTypes.Start)]
[JsonDerivedType(typeof(FollowUpMessage), MessageTypes.Message)]
[JsonDerivedType(typeof(CloseMessage), MessageTypes.Close)]
[JsonDerivedType(typeof(OutputMessage), MessageTypes.Output)]
[JsonDerivedType(typeof(SessionMessage), MessageTypes.Session)]
[JsonDerivedType(typeof(ToolRequestMessage), MessageTypes.Tool)]
[JsonDerivedType(typeof(ToolResultMessage), MessageTypes.ToolResult)]
[JsonDerivedType(typeof(IdleMessage), MessageTypes.Idle)]
[JsonDerivedType(typeof(ErrorMessage), MessageTypes.Error)]
[JsonDerivedType(typeof(LogMessage), MessageTypes.Log)]
public abstract record ProtocolMessage;
