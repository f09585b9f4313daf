using System.Net.Http.Json;
using System.Text.Json;
using NanoClaw.Channels.Common;

namespace NanoClaw.Channels.Telegram;

/// <summary>Bot API calls: POST <c>{base}/bot{token}/{method}</c> with a JSON body, answer <c>{ok, result}</c>.</summary>
internal sealed class TelegramApi(HttpClient http, TelegramSettings settings)
{
    private readonly string _root = settings.BaseUrl.ToString().TrimEnd('/');

    /// <summary>Where <c>getFile</c>'s <c>file_path</c> is downloaded from.</summary>
    public Uri FileUri(string filePath) => new($"{_root}/file/bot{settings.BotToken}/{filePath.TrimStart('/')}");

    public async Task<JsonElement> CallAsync(string method, object body, CancellationToken cancellationToken)
    {
        var uri = new Uri($"{_root}/bot{settings.BotToken}/{method}");
        using var response = await http.PostAsJsonAsync(uri, body, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(text);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new TelegramApiException((int)response.StatusCode, $"not JSON: {Shorten(text)}", null);
        }

        if (root.Bool("ok") && root.TryGetProperty("result", out var result))
        {
            return result;
        }

        var retryAfter = root.Obj("parameters")?.Long("retry_after") is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
        throw new TelegramApiException(
            root.Int("error_code") ?? (int)response.StatusCode,
            root.Str("description") ?? response.ReasonPhrase ?? "no description",
            retryAfter);
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200];
}
