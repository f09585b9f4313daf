using System.Net.Sockets;
using System.Text.Json;
using Docker.DotNet;
using Engine = Docker.DotNet.DockerClient;
using EngineApiException = Docker.DotNet.DockerApiException;

namespace NanoClaw.Containers.Docker;

/// <summary>
/// The node's view of the Docker Engine API, on Docker.DotNet.Enhanced. Ours is the shape the rest
/// of the node uses: its own small models, and errors that say what to do —
/// <see cref="DockerUnavailableException"/> when the engine cannot be reached (with how to start it),
/// <see cref="DockerApiException"/> when it answered with an error.
/// </summary>
public sealed partial class DockerClient : IDisposable
{
    private readonly Engine _engine;

    public DockerClient(DockerClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _engine = new DockerClientBuilder()
            .WithEndpoint(options.TcpEndpoint ?? new Uri("unix://" + options.SocketPath))
            .WithApiVersion(System.Version.Parse(options.ApiVersion))
            .WithTimeout(options.EffectiveRequestTimeout)
            .Build();
    }

    public DockerClientOptions Options { get; }

    public static DockerClient FromEnvironment() => new(DockerClientOptions.FromEnvironment());

    public void Dispose() => _engine.Dispose();

    /// <summary>Runs one engine call and turns the library's failures into the node's two kinds.</summary>
    private async Task<T> CallAsync<T>(string what, Func<Engine, CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        if (Options.TcpEndpoint is null && !File.Exists(Options.SocketPath))
        {
            throw new DockerUnavailableException(Options.SocketPath, "no socket at that path");
        }

        try
        {
            return await call(_engine, cancellationToken).ConfigureAwait(false);
        }
        catch (EngineApiException ex)
        {
            throw new DockerApiException(ex.StatusCode, EngineMessage(ex.ResponseBody));
        }
        catch (Exception ex) when (ex is HttpRequestException || SocketError(ex) is not null)
        {
            throw new DockerUnavailableException(Options.Location, SocketError(ex)?.Message ?? ex.InnerException?.Message ?? ex.Message, ex);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new DockerUnavailableException(
                Options.Location, $"no answer to {what} within {Options.EffectiveRequestTimeout.TotalSeconds:0.#}s", ex);
        }
    }

    private Task CallAsync(string what, Func<Engine, CancellationToken, Task> call, CancellationToken cancellationToken) =>
        CallAsync(what, async (engine, token) =>
        {
            await call(engine, token).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    /// <summary>The socket error under <paramref name="exception"/> (the TCP transport wraps it in an <see cref="AggregateException"/>).</summary>
    private static SocketException? SocketError(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is SocketException socket)
            {
                return socket;
            }
        }

        return null;
    }

    /// <summary>The engine's <c>{"message": …}</c>, or the body as it came.</summary>
    private static string EngineMessage(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return "(no message)";
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("message", out var message) && message.GetString() is { } text)
            {
                return text.Trim();
            }
        }
        catch (JsonException)
        {
            // Not JSON: the body itself is the message.
        }

        return body.Trim();
    }
}
