using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using NanoClaw.Channels.Common;

namespace NanoClaw.Channels.WhatsApp;

/// <summary>
/// The Cloud API webhook, independent of any web framework: the node's HTTP server maps
/// <c>GET</c> to <see cref="Verify"/> and <c>POST</c> to <see cref="ReceiveAsync"/> and writes back the
/// response. A call with a bad signature is refused (401) before anything is read from it. A 200 tells Meta
/// every message of the call is stored; a failed store answers 500 so Meta delivers the call again.
/// </summary>
public sealed class WhatsAppWebhook(WhatsAppSettings settings, ChannelContext context)
{
    private readonly ILogger _logger = context.LoggerFactory.CreateLogger("NanoClaw.Channels.whatsapp");

    /// <summary>The subscription handshake: echo <c>hub.challenge</c> when mode and verify token match.</summary>
    public WebhookResponse Verify(string? mode, string? verifyToken, string? challenge)
    {
        var tokenMatches = verifyToken is not null && !string.IsNullOrEmpty(settings.VerifyToken)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(verifyToken), Encoding.UTF8.GetBytes(settings.VerifyToken));
        return mode == "subscribe" && tokenMatches && challenge is not null
            ? new WebhookResponse(200, challenge)
            : new WebhookResponse(403, "verification failed");
    }

    public async Task<WebhookResponse> ReceiveAsync(ReadOnlyMemory<byte> body, string? signature, CancellationToken cancellationToken)
    {
        if (!WhatsAppSignature.IsValid(body.Span, signature, settings.AppSecret))
        {
            WhatsAppLog.BadSignature(_logger);
            return new WebhookResponse(401, "invalid signature");
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            ChannelLog.Malformed(_logger, "whatsapp", "webhook body is not JSON: " + ex.Message);
            return new WebhookResponse(200, "ignored");
        }

        try
        {
            await StoreAsync(root, cancellationToken).ConfigureAwait(false);
            return new WebhookResponse(200, "ok");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            WhatsAppLog.StoreFailed(_logger, ex);
            return new WebhookResponse(500, "not stored");
        }
    }

    private async Task StoreAsync(JsonElement root, CancellationToken cancellationToken)
    {
        foreach (var value in ChangedValues(root))
        {
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var contact in value.Arr("contacts")?.EnumerateArray() ?? default)
            {
                if (contact.Str("wa_id") is { } waId && contact.Obj("profile")?.Str("name") is { } name)
                {
                    names[waId] = name;
                }
            }

            foreach (var item in value.Arr("messages")?.EnumerateArray() ?? default)
            {
                if (WhatsAppMessageReader.Read(item, names) is not { } message)
                {
                    ChannelLog.Malformed(_logger, "whatsapp", "message without sender or id, or of a type not taken");
                    continue;
                }

                var metadata = new ChatMetadata(message.ChatId, message.SenderName, "whatsapp", false, context.TimeProvider.GetUtcNow());
                await context.Inbound.OnChatMetadataAsync(metadata, cancellationToken).ConfigureAwait(false);
                await context.Inbound.OnMessageAsync(message, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static IEnumerable<JsonElement> ChangedValues(JsonElement root)
    {
        foreach (var entry in root.Arr("entry")?.EnumerateArray() ?? default)
        {
            foreach (var change in entry.Arr("changes")?.EnumerateArray() ?? default)
            {
                if (change.Str("field") == "messages" && change.Obj("value") is { } value)
                {
                    yield return value;
                }
            }
        }
    }
}
