using System.Text.Json.Serialization;
using NanoClaw.Containers.Docker.Models;

namespace NanoClaw.Containers.Docker;

/// <summary>
/// Source-generated serialization for the engine's JSON. Property names stay as declared (the
/// engine speaks PascalCase) and are read case-insensitively (its few camelCase answers: errors,
/// build progress); nulls are not written, so an unset option keeps the engine's default.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(EngineVersion))]
[JsonSerializable(typeof(EngineError))]
[JsonSerializable(typeof(ImageInspect))]
[JsonSerializable(typeof(BuildProgressLine))]
[JsonSerializable(typeof(ContainerCreateRequest))]
[JsonSerializable(typeof(ContainerCreateResponse))]
[JsonSerializable(typeof(ContainerWaitResponse))]
[JsonSerializable(typeof(ContainerInspect))]
[JsonSerializable(typeof(IReadOnlyList<ContainerSummary>))]
[JsonSerializable(typeof(Dictionary<string, string[]>))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, string>))]
internal sealed partial class DockerJsonContext : JsonSerializerContext;
