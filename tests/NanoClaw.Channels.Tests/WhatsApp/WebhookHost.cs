using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NanoClaw.Channels.Tests.Fakes;
using NanoClaw.Channels.WhatsApp;

namespace NanoClaw.Channels.Tests.WhatsApp;

/// <summary>Maps the webhook the way the node's HTTP server will, so tests call it as Meta does.</summary>
public sealed class WebhookHost(WhatsAppWebhook webhook) : FakeServer
{
    public const string Path = "webhooks/whatsapp";

    protected override void Map(WebApplication app)
    {
        app.MapGet("/" + Path, (HttpContext context) =>
        {
            var query = context.Request.Query;
            var response = webhook.Verify(query["hub.mode"], query["hub.verify_token"], query["hub.challenge"]);
            return Results.Text(response.Body, "text/plain", statusCode: response.StatusCode);
        });
        app.MapPost("/" + Path, async (HttpContext context) =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
            var signature = context.Request.Headers[WhatsAppSignature.HeaderName].ToString();
            var response = await webhook.ReceiveAsync(buffer.ToArray(), signature.Length == 0 ? null : signature, context.RequestAborted);
            return Results.Text(response.Body, "text/plain", statusCode: response.StatusCode);
        });
    }
}
