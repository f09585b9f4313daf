using System.Text.Json;
using System.Text.Json.Nodes;

namespace NanoClaw.Containers.ModelProxy;

/// <summary>
/// Error bodies in the shape the runner's SDK expects from the upstream it thinks it talks to, so
/// the SDK surfaces the message instead of a parse failure.
/// </summary>
internal static class ProxyErrorBody
{
    public static string Create(UpstreamKind upstream, string type, string message)
    {
        var error = new JsonObject { ["type"] = type, ["message"] = message };
        var body = upstream == UpstreamKind.Anthropic
            ? new JsonObject { ["type"] = "error", ["error"] = error }
            : new JsonObject { ["error"] = new JsonObject { ["message"] = message, ["type"] = type, ["code"] = type } };
        return body.ToJsonString();
    }

    /// <summary>The upstream's own error message and type from its body, or the raw text when it is not JSON.</summary>
    public static (string Type, string Message) ReadUpstream(string body, int status)
    {
        var fallbackType = status switch
        {
            401 => "authentication_error",
            403 => "permission_error",
            429 => "rate_limit_error",
            >= 500 => "api_error",
            _ => "invalid_request_error",
        };
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error))
            {
                if (error.ValueKind == JsonValueKind.String)
                {
                    return (fallbackType, error.GetString()!);
                }

                var message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
                var type = error.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
                return (type ?? fallbackType, message ?? body);
            }
        }
        catch (JsonException)
        {
            // Fall through: a proxy or load balancer in front of the upstream may answer in HTML or text.
        }

        var text = body.Trim();
        return (fallbackType, text.Length == 0 ? $"HTTP {status}" : text[..Math.Min(text.Length, 500)]);
    }
}
