using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NanoClaw.Containers.Docker.Models;

namespace NanoClaw.Containers.Docker;

public sealed partial class DockerClient
{
    /// <summary><c>POST /containers/create</c>; <paramref name="name"/> may be null for an engine-chosen name.</summary>
    public async Task<ContainerCreateResponse> CreateContainerAsync(
        ContainerCreateRequest request, string? name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = name is null ? "containers/create" : $"containers/create?name={Escape(name)}";
        var content = JsonContent.Create(request, DockerJsonContext.Default.ContainerCreateRequest);
        using var response = await SendAsync(HttpMethod.Post, path, content, cancellationToken).ConfigureAwait(false);
        return await ReadJsonAsync(response, DockerJsonContext.Default.ContainerCreateResponse, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>POST /containers/{id}/start</c>; starting a running container is not an error.</summary>
    public async Task StartContainerAsync(string id, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Post, $"containers/{Escape(id)}/start", null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// <c>POST /containers/{id}/wait</c>: completes when the container exits, with its exit code.
    /// Bounded only by <paramref name="cancellationToken"/>.
    /// </summary>
    public async Task<ContainerWaitResponse> WaitContainerAsync(string id, CancellationToken cancellationToken = default)
    {
        using var response = await SendUnboundedAsync(
            HttpMethod.Post, $"containers/{Escape(id)}/wait", null, HttpCompletionOption.ResponseHeadersRead, cancellationToken)
            .ConfigureAwait(false);
        return await ReadJsonAsync(response, DockerJsonContext.Default.ContainerWaitResponse, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// <c>POST /containers/{id}/stop?t=…</c>: SIGTERM, then SIGKILL after <paramref name="grace"/>.
    /// Stopping a stopped container is not an error.
    /// </summary>
    public async Task StopContainerAsync(string id, TimeSpan grace, CancellationToken cancellationToken = default)
    {
        var seconds = (int)Math.Ceiling(Math.Max(0, grace.TotalSeconds));
        var path = string.Create(CultureInfo.InvariantCulture, $"containers/{Escape(id)}/stop?t={seconds}");
        // The engine answers only once the container has stopped, so the request outlives the grace.
        using var timeout = new CancellationTokenSource(Options.EffectiveRequestTimeout + TimeSpan.FromSeconds(seconds), _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        using var response = await SendUnboundedAsync(HttpMethod.Post, path, null, HttpCompletionOption.ResponseContentRead, linked.Token)
            .ConfigureAwait(false);
    }

    /// <summary><c>POST /containers/{id}/kill</c>; a container that is not running is a 409 <see cref="DockerApiException"/>.</summary>
    public async Task KillContainerAsync(string id, string signal = "SIGKILL", CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(
            HttpMethod.Post, $"containers/{Escape(id)}/kill?signal={Escape(signal)}", null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>DELETE /containers/{id}</c>, with its anonymous volumes; <paramref name="force"/> kills it first if running.</summary>
    public async Task RemoveContainerAsync(string id, bool force = true, CancellationToken cancellationToken = default)
    {
        var path = $"containers/{Escape(id)}?v=1&force={(force ? "1" : "0")}";
        using var response = await SendAsync(HttpMethod.Delete, path, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>GET /containers/{id}/json</c>; throws <see cref="DockerApiException"/> (404) when absent.</summary>
    public Task<ContainerInspect> InspectContainerAsync(string id, CancellationToken cancellationToken = default) =>
        GetJsonAsync($"containers/{Escape(id)}/json", DockerJsonContext.Default.ContainerInspect, cancellationToken);

    /// <summary>
    /// <c>GET /containers/json?all=1</c> filtered by labels: each entry is <c>key</c> or
    /// <c>key=value</c>, and a container must carry all of them.
    /// </summary>
    public Task<IReadOnlyList<ContainerSummary>> ListContainersAsync(
        IReadOnlyCollection<string> labelFilters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(labelFilters);
        var filters = new Dictionary<string, string[]> { ["label"] = [.. labelFilters] };
        var json = JsonSerializer.Serialize(filters, DockerJsonContext.Default.DictionaryStringStringArray);
        return GetJsonAsync(
            $"containers/json?all=1&filters={Escape(json)}", DockerJsonContext.Default.IReadOnlyListContainerSummary, cancellationToken);
    }

    /// <summary>True when the call failed because the container no longer exists (or is being removed).</summary>
    public static bool IsGone(DockerApiException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.StatusCode == HttpStatusCode.NotFound ||
            (exception.StatusCode == HttpStatusCode.Conflict && exception.EngineMessage.Contains("removal", StringComparison.OrdinalIgnoreCase));
    }
}
