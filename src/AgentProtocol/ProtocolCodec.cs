using System.Text;
using System.Text.Json;

namespace NanoClaw.AgentProtocol;

/// <summary>Turns messages into JSON lines and back. Decoding never throws.</summary>
public static class ProtocolCodec
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    /// <summary>The UTF-8 JSON of <paramref name="message"/> followed by one newline.</summary>
    public static byte[] Encode(ProtocolMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var json = JsonSerializer.SerializeToUtf8Bytes(message, ProtocolJsonContext.Default.ProtocolMessage);
        var line = new byte[json.Length + 1];
        json.CopyTo(line, 0);
        NewLine.CopyTo(line, json.Length);
        return line;
    }

    /// <summary>Decodes one line (without its newline); failures carry a short reason.</summary>
    public static DecodeResult Decode(ReadOnlyMemory<byte> line)
    {
        if (line.Length > ProtocolLimits.MaxLineBytes)
        {
            return DecodeResult.Fail(DecodeFailure.TooLong, $"line of {line.Length} bytes exceeds {ProtocolLimits.MaxLineBytes}");
        }

        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("type", out var type)
                || type.ValueKind != JsonValueKind.String)
            {
                return DecodeResult.Fail(DecodeFailure.Malformed, "expected a JSON object with a string 'type'");
            }

            var name = type.GetString()!;
            if (!MessageTypes.All.Contains(name))
            {
                return DecodeResult.Fail(DecodeFailure.UnknownType, $"unknown message type '{Truncate(name)}'");
            }

            var message = root.Deserialize(ProtocolJsonContext.Default.ProtocolMessage);
            return message is null
                ? DecodeResult.Fail(DecodeFailure.Malformed, "null message")
                : DecodeResult.Ok(message);
        }
        catch (JsonException ex)
        {
            return DecodeResult.Fail(DecodeFailure.Malformed, Truncate(ex.Message));
        }
        catch (NotSupportedException ex)
        {
            return DecodeResult.Fail(DecodeFailure.Malformed, Truncate(ex.Message));
        }
    }

    /// <summary>Decodes a line given as text (convenience for tests and logs).</summary>
    public static DecodeResult Decode(string line) => Decode(Encoding.UTF8.GetBytes(line));

    private static string Truncate(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
