using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NanoClaw.Channels.WhatsApp;

namespace NanoClaw.Host.Channels;

/// <summary>
/// Maps the WhatsApp Cloud API webhook on the node's web server, outside <c>/api</c> (Meta cannot send
/// the admin token; the app secret's signature authenticates each call instead).
/// </summary>
public static class WhatsAppWebhookEndpoints
{
    public const string Path = "/webhooks/whatsapp";

    public static void Map(IEndpointRouteBuilder app, WhatsAppWebhook webhook)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(webhook);
        app.MapGet(Path, (HttpContext context) =>
        {
            var query = context.Request.Query;
            return WriteAsync(context, webhook.Verify(query["hub.mode"], query["hub.verify_token"], query["hub.challenge"]));
        });
        app.MapPost(Path, async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted).ConfigureAwait(false);
            var signature = context.Request.Headers["X-Hub-Signature-256"].ToString();
            var response = await webhook.ReceiveAsync(body.ToArray(), signature, context.RequestAborted).ConfigureAwait(false);
            await WriteAsync(context, response).ConfigureAwait(false);
        });
    }

    private static Task WriteAsync(HttpContext context, WebhookResponse response)
    {
        context.Response.StatusCode = response.StatusCode;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(response.Body, context.RequestAborted);
    }
}
