using System.Text.Json;

namespace NanoClaw.AgentRunner.Tests;

internal static class Json
{
    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    public static JsonElement Of(object value) => JsonSerializer.SerializeToElement(value);
}
