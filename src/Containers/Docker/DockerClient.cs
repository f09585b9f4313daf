using System.Net;
using System.Net.Http.Json;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace NanoClaw.Containers.Docker;

/// <summary>
/// A small typed client for the Docker Engine API (and Podman's compatible API) over a unix
/// socket. Every engine error becomes a <see cref="DockerApiException"/>; a missing or silent
/// socket becomes a <see cref="DockerUnavailableException"/>. Thread-safe; dispose once.
/// </summary>
public sealed partial class DockerClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly TimeProvider _timeProvider;

    public DockerClient(DockerClientOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _timeProvider = timeProvider ?? TimeProvider.System;
        // The host name is a placeholder: the handler dials the socket whatever the URI says.
        _http = new HttpClient(UnixSocketConnector.CreateHandler(options.SocketPath))
        {
            BaseAddress = new Uri($"http://localhost/v{options.ApiVersion}/"),
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    public DockerClientOptions Options { get; }

    /// <summary>A client for <c>DOCKER_HOST</c>, or the default socket.</summary>
    public static DockerClient FromEnvironment(TimeProvider? timeProvider = null) =>
        new(DockerClientOptions.FromEnvironment(), timeProvider);

    public void Dispose() => _http.Dispose();

    /// <summary>Sends a request bounded by the short-request timeout and checks its status.</summary>
    private async Task<HttpResponseMessage> SendAsync(
        HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(Options.EffectiveRequestTimeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await SendUnboundedAsync(method, path, content, HttpCompletionOption.ResponseContentRead, linked.Token)
                .ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new DockerUnavailableException(
                Options.SocketPath, $"no answer to {method} {path} within {Options.EffectiveRequestTimeout.TotalSeconds:0.#}s");
        }
    }

    /// <summary>
    /// Sends a request bounded only by the caller's token (waits, log follows, builds), turns
    /// connection failures into <see cref="DockerUnavailableException"/> and error statuses into
    /// <see cref="DockerApiException"/>.
    /// </summary>
    private async Task<HttpResponseMessage> SendUnboundedAsync(
        HttpMethod method, string path, HttpContent? content, HttpCompletionOption completion, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, completion, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex) when (ex.InnerException is DockerUnavailableException unavailable)
        {
            // The connector's exception already says what failed and how to start Docker.
            ExceptionDispatchInfo.Throw(unavailable);
            throw;
        }
        catch (HttpRequestException ex)
        {
            throw new DockerUnavailableException(Options.SocketPath, ex.Message, ex);
        }

        if (response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.NotModified)
        {
            return response;
        }

        using (response)
        {
            throw await ToApiExceptionAsync(response, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<DockerApiException> ToApiExceptionAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        string message;
        try
        {
            message = JsonSerializer.Deserialize(body, DockerJsonContext.Default.EngineError)?.Message ?? body;
        }
        catch (JsonException)
        {
            message = body;
        }

        return new DockerApiException(response.StatusCode, string.IsNullOrWhiteSpace(message) ? "(no message)" : message.Trim());
    }

    private async Task<T> GetJsonAsync<T>(string path, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, path, null, cancellationToken).ConfigureAwait(false);
        return await ReadJsonAsync(response, type, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<T> ReadJsonAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        var value = await response.Content.ReadFromJsonAsync(type, cancellationToken).ConfigureAwait(false);
        return value ?? throw new DockerApiException(response.StatusCode, $"empty answer where {typeof(T).Name} was expected");
    }

    private static string Escape(string value) => Uri.EscapeDataString(value);
}
