using System.Text.Json;
using System.Text.Json.Serialization;

namespace NanoClaw.Containers.Mounts;

/// <summary>Source-generated JSON for the allowlist file (camelCase, comments and trailing commas tolerated).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(MountAllowlistFile))]
internal sealed partial class MountsJsonContext : JsonSerializerContext;
