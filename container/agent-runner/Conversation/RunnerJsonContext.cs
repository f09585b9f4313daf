using System.Text.Json.Serialization;
using NanoClaw.AgentRunner.Models;

namespace NanoClaw.AgentRunner.Conversation;

/// <summary>Source-generated JSON for what the runner stores and reads (sessions, mock scripts).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = false)]
[JsonSerializable(typeof(SessionFile))]
[JsonSerializable(typeof(MockScript))]
internal sealed partial class RunnerJsonContext : JsonSerializerContext;
