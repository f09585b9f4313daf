using System.Text.Json;

namespace NanoClaw.Containers.ModelProxy;

/// <summary>
/// Reads token counts from upstream JSON, whole responses or stream events. Both APIs report
/// running totals (Anthropic's <c>message_delta</c> carries the cumulative output count; OpenAI's
/// last chunk carries the totals), so the latest value seen wins rather than being added up.
/// </summary>
internal sealed class UsageTracker
{
    public long InputTokens { get; private set; }

    public long OutputTokens { get; private set; }

    public bool HasUsage { get; private set; }

    public void Observe(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            using var document = JsonDocument.ParseValue(ref reader);
            Observe(document.RootElement);
        }
        catch (JsonException)
        {
            // Not every event is JSON we understand; usage is best effort and never breaks the stream.
        }
    }

    private void Observe(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (root.TryGetProperty("usage", out var usage))
        {
            Read(usage);
        }

        if (root.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.Object
            && message.TryGetProperty("usage", out var messageUsage))
        {
            Read(messageUsage);
        }
    }

    private void Read(JsonElement usage)
    {
        if (usage.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (Number(usage, "input_tokens") is { } input)
        {
            InputTokens = input + (Number(usage, "cache_creation_input_tokens") ?? 0) + (Number(usage, "cache_read_input_tokens") ?? 0);
            HasUsage = true;
        }
        else if (Number(usage, "prompt_tokens") is { } prompt)
        {
            InputTokens = prompt;
            HasUsage = true;
        }

        if ((Number(usage, "output_tokens") ?? Number(usage, "completion_tokens")) is { } output)
        {
            OutputTokens = output;
            HasUsage = true;
        }
    }

    private static long? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n) ? n : null;
}
