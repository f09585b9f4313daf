using System.Text.Json;

namespace NanoClaw.Actors.Groups;

/// <summary>
/// Reads NanoClaw's sender allowlist JSON:
/// <code>
/// {
///   "default": { "allow": "*", "mode": "trigger" },
///   "chats": { "telegram:-100123": { "allow": ["42", "43"], "mode": "drop" } },
///   "logDenied": false
/// }
/// </code>
/// An entry needs <c>allow</c> (<c>"*"</c> or an array of sender id strings) and <c>mode</c>
/// (<c>"trigger"</c> or <c>"drop"</c>). <c>chats</c> is optional; <c>logDenied</c> is true unless
/// it is exactly <c>false</c>.
/// </summary>
public static class SenderAllowlistParser
{
    private const string AllowExpected = "\"allow\" must be \"*\" or an array of sender id strings";

    /// <summary>
    /// The allowlist in <paramref name="json"/>. A chat entry that is not valid is left out and
    /// reported to <paramref name="skippedChat"/> with the problem; the valid ones are kept.
    /// </summary>
    /// <exception cref="FormatException">The text is not JSON, or the root or default entry is not valid.</exception>
    public static SenderAllowlist Parse(string json, Action<string, string>? skippedChat = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = ParseDocument(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("the file must hold a JSON object");
        }

        if (!root.TryGetProperty("default", out var defaultElement))
        {
            throw new FormatException("\"default\" is missing");
        }

        var defaultEntry = ParseEntry(defaultElement, out var problem)
            ?? throw new FormatException("\"default\": " + problem);
        var chats = new Dictionary<string, SenderAllowlistEntry>(StringComparer.Ordinal);
        if (root.TryGetProperty("chats", out var chatsElement))
        {
            if (chatsElement.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("\"chats\" must be an object of chat ids");
            }

            foreach (var chat in chatsElement.EnumerateObject())
            {
                var entry = ParseEntry(chat.Value, out var chatProblem);
                if (entry is null)
                {
                    skippedChat?.Invoke(chat.Name, chatProblem!);
                    continue;
                }

                chats[chat.Name] = entry;
            }
        }

        var logDenied = !(root.TryGetProperty("logDenied", out var log) && log.ValueKind == JsonValueKind.False);
        return new SenderAllowlist(defaultEntry, chats, logDenied);
    }

    private static JsonDocument ParseDocument(string json)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException error)
        {
            throw new FormatException("not valid JSON: " + error.Message, error);
        }
    }

    private static SenderAllowlistEntry? ParseEntry(JsonElement element, out string? problem)
    {
        problem = null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            problem = "an entry must be an object with \"allow\" and \"mode\"";
            return null;
        }

        var allowed = ParseAllow(element, ref problem);
        var mode = ParseMode(element, ref problem);
        return problem is null ? new SenderAllowlistEntry(allowed, mode) : null;
    }

    private static HashSet<string>? ParseAllow(JsonElement entry, ref string? problem)
    {
        if (!entry.TryGetProperty("allow", out var allow))
        {
            problem ??= AllowExpected;
            return null;
        }

        if (allow.ValueKind == JsonValueKind.String && allow.GetString() == "*")
        {
            return null;
        }

        if (allow.ValueKind != JsonValueKind.Array || allow.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.String))
        {
            problem ??= AllowExpected;
            return null;
        }

        return allow.EnumerateArray().Select(item => item.GetString()!).ToHashSet(StringComparer.Ordinal);
    }

    private static SenderAllowlistMode ParseMode(JsonElement entry, ref string? problem)
    {
        var mode = entry.TryGetProperty("mode", out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
        switch (mode)
        {
            case "trigger":
                return SenderAllowlistMode.Trigger;
            case "drop":
                return SenderAllowlistMode.Drop;
            default:
                problem ??= "\"mode\" must be \"trigger\" or \"drop\"";
                return SenderAllowlistMode.Trigger;
        }
    }
}
