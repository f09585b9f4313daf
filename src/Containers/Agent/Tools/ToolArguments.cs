using System.Text.Json;

namespace NanoClaw.Containers.Agent.Tools;

/// <summary>Small readers over a tool call's JSON arguments.</summary>
public static class ToolArguments
{
    /// <summary>The string property, or null when it is missing, not a string, or blank.</summary>
    public static string? String(JsonElement arguments, string name) =>
        arguments.ValueKind == JsonValueKind.Object
        && arguments.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
        && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()
            : null;

    public static bool Has(JsonElement arguments, string name) =>
        arguments.ValueKind == JsonValueKind.Object
        && arguments.TryGetProperty(name, out var value)
        && value.ValueKind is not JsonValueKind.Null and not JsonValueKind.Undefined;
}
