// Kept: no Slack client library is served to this project's package feed; this is the Web API and Socket Mode subset the channel uses.
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using NanoClaw.Channels.Common;

namespace NanoClaw.Channels.Slack;

/// <summary>Web API calls: POST <c>{base}/{method}</c> with a bearer token, answer <c>{ok, error?}</c>.</summary>
internal sealed class SlackWebApi(HttpClient http, SlackSettings settings)
{
    private readonly string _root = settings.BaseUrl.ToString().TrimEnd('/');

    public Task<JsonElement> AsBotAsync(string method, object? body, CancellationToken cancellationToken) =>
        CallAsync(method, settings.BotToken, body, cancellationToken);

    public Task<JsonElement> AsAppAsync(string method, CancellationToken cancellationToken) =>
        CallAsync(method, settings.AppToken, null, cancellationToken);

    private async Task<JsonElement> CallAsync(string method, string token, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{_root}/{method}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        // Write methods take JSON; read methods such as users.info take only form fields.
        request.Content = body switch
        {
            null => null,
            IReadOnlyDictionary<string, string> form => new FormUrlEncodedContent(form),
            _ => JsonContent.Create(body),
        };

        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
            throw new SendRejectedException($"Slack {method}: rate limited", wait);
        }

        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(text);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new SlackApiException($"{method}: HTTP {(int)response.StatusCode}, not JSON");
        }

        return root.Bool("ok") ? root : throw new SlackApiException(root.Str("error") ?? $"{method}: HTTP {(int)response.StatusCode}");
    }
}
