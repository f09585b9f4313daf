using System.Text.Json.Serialization;

namespace NanoClaw.AgentProtocol;

/// <summary>
/// Source-generated serialization for the protocol: snake_case names, no reflection at run time
/// (the runner is published trimmed), and <c>type</c> accepted anywhere in the object.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    AllowOutOfOrderMetadataProperties = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(ProtocolMessage))]
public sealed partial class ProtocolJsonContext : JsonSerializerContext;
