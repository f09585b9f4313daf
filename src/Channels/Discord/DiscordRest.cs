// Kept: no Discord client library is served to this project's package feed; this is the REST subset the channel uses (the gateway is in DiscordChannel.Gateway.cs).
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using NanoClaw.Channels.Common;

namespace NanoClaw.Channels.Discord;

/// <summary>The REST calls the channel makes, authorized as the bot; a 429 carries Discord's retry_after.</summary>
internal sealed class DiscordRest(HttpClient http, DiscordSettings settings)
{
    private readonly string _root = settings.BaseUrl.ToString().TrimEnd('/');

    public async Task<Uri> GatewayUrlAsync(CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Get, "/gateway/bot", null);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await ReadAsync(response, cancellationToken).ConfigureAwait(false);
        return body.Str("url") is { } url ? new Uri(url) : throw new InvalidOperationException("gateway/bot gave no url");
    }

    /// <summary>The channel's name as <c>#name</c>, for recording the chat; null when Discord does not say.</summary>
    public async Task<string?> ChannelNameAsync(string channelId, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Get, $"/channels/{channelId}", null);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await ReadAsync(response, cancellationToken).ConfigureAwait(false);
        return body.Str("name") is { } name ? "#" + name : null;
    }

    public Task CreateMessageAsync(string channelId, string content, CancellationToken cancellationToken) =>
        PostAsync($"/channels/{channelId}/messages", new { content }, cancellationToken);

    public Task TriggerTypingAsync(string channelId, CancellationToken cancellationToken) =>
        PostAsync($"/channels/{channelId}/typing", null, cancellationToken);

    private async Task PostAsync(string path, object? body, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Post, path, body);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        await ReadAsync(response, cancellationToken).ConfigureAwait(false);
    }

    private HttpRequestMessage Request(HttpMethod method, string path, object? body)
    {
        var request = new HttpRequestMessage(method, _root + path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bot", settings.BotToken);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return request;
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        JsonElement body = default;
        if (text.Length > 0)
        {
            try
            {
                using var document = JsonDocument.Parse(text);
                body = document.RootElement.Clone();
            }
            catch (JsonException)
            {
                // Some answers (204, proxies' error pages) carry no JSON; the status code decides.
            }
        }

        if (response.IsSuccessStatusCode)
        {
            return body;
        }

        var message = $"Discord {(int)response.StatusCode}: {body.Str("message") ?? response.ReasonPhrase}";
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            var seconds = body.Double("retry_after") ?? response.Headers.RetryAfter?.Delta?.TotalSeconds ?? 1;
            throw new SendRejectedException(message, TimeSpan.FromSeconds(seconds));
        }

        throw new SendRejectedException(message);
    }
}
