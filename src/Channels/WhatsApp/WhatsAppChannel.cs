// Kept: no WhatsApp Cloud API client library is served to this project's package feed; this is the Graph API subset the channel uses.
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using NanoClaw.Channels.Common;

namespace NanoClaw.Channels.WhatsApp;

/// <summary>
/// Sending side of WhatsApp through the Cloud API (POST <c>{base}/{phone number id}/messages</c>); messages
/// arrive through <see cref="Webhook"/>. Chat ids are <c>whatsapp:&lt;phone number&gt;</c>. There is no
/// connection to keep: the channel counts as connected from connect to disconnect, and a send that cannot
/// reach the Graph API stays queued.
/// </summary>
public sealed class WhatsAppChannel : ChannelBase
{
    private readonly WhatsAppSettings _settings;
    private readonly HttpClient _http;

    public WhatsAppChannel(WhatsAppSettings settings, ChannelContext context, HttpClient http)
        : base("whatsapp", ChatIds.WhatsApp, MessageSplitter.WhatsAppLimit, context)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
        _http = http;
        Webhook = new WhatsAppWebhook(settings, context);
    }

    /// <summary>The handler the node's HTTP server maps for this channel's webhook.</summary>
    public WhatsAppWebhook Webhook { get; }

    protected override Task OpenAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected override Task RunAsync(CancellationToken cancellationToken) =>
        Task.Delay(Timeout.InfiniteTimeSpan, Time, cancellationToken);

    protected override async Task DeliverAsync(string platformChatId, string text, CancellationToken cancellationToken)
    {
        var uri = $"{_settings.BaseUrl.ToString().TrimEnd('/')}/{_settings.PhoneNumberId}/messages";
        using var request = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = JsonContent.Create(new
            {
                messaging_product = "whatsapp",
                recipient_type = "individual",
                to = platformChatId,
                type = "text",
                text = new { preview_url = false, body = text },
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _settings.AccessToken);
        using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        throw new SendRejectedException($"WhatsApp {(int)response.StatusCode}: {ErrorMessage(body)}", response.Headers.RetryAfter?.Delta);
    }

    private static string ErrorMessage(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Obj("error")?.Str("message") ?? body;
        }
        catch (JsonException)
        {
            return body.Length <= 200 ? body : body[..200];
        }
    }
}
