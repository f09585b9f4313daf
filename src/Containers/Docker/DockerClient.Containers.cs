using System.Net;
using Docker.DotNet.Models;
using NanoClaw.Containers.Docker.Models;
using ContainerWaitResponse = NanoClaw.Containers.Docker.Models.ContainerWaitResponse;

namespace NanoClaw.Containers.Docker;

public sealed partial class DockerClient
{
    public Task<ContainerCreateResponse> CreateContainerAsync(
        ContainerCreateRequest request, string? name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return CallAsync($"create {name ?? request.Image}", async (engine, token) =>
        {
            var created = await engine.Containers.CreateContainerAsync(EngineModels.ToCreate(request, name), token).ConfigureAwait(false);
            return new ContainerCreateResponse(created.ID, created.Warnings is { Count: > 0 } warnings ? [.. warnings] : null);
        }, cancellationToken);
    }

    public Task StartContainerAsync(string id, CancellationToken cancellationToken = default) =>
        CallAsync($"start {id}", (engine, token) => engine.Containers.StartContainerAsync(id, new ContainerStartParameters(), token), cancellationToken);

    public Task<ContainerWaitResponse> WaitContainerAsync(string id, CancellationToken cancellationToken = default) =>
        CallAsync($"wait {id}", async (engine, token) =>
        {
            var done = await engine.Containers.WaitContainerAsync(id, token).ConfigureAwait(false);
            return new ContainerWaitResponse(done.StatusCode, done.Error?.Message is { } message ? new ContainerWaitError(message) : null);
        }, cancellationToken);

    public Task StopContainerAsync(string id, TimeSpan grace, CancellationToken cancellationToken = default)
    {
        var seconds = (uint)Math.Ceiling(Math.Max(0, grace.TotalSeconds));
        return CallAsync(
            $"stop {id}",
            (engine, token) => engine.Containers.StopContainerAsync(id, new ContainerStopParameters { WaitBeforeKillSeconds = seconds }, token),
            cancellationToken);
    }

    public Task KillContainerAsync(string id, string signal = "SIGKILL", CancellationToken cancellationToken = default) =>
        CallAsync($"kill {id}", (engine, token) => engine.Containers.KillContainerAsync(id, new ContainerKillParameters { Signal = signal }, token), cancellationToken);

    public Task RemoveContainerAsync(string id, bool force = true, CancellationToken cancellationToken = default) =>
        CallAsync(
            $"remove {id}",
            (engine, token) => engine.Containers.RemoveContainerAsync(id, new ContainerRemoveParameters { Force = force, RemoveVolumes = true }, token),
            cancellationToken);

    public Task<ContainerInspect> InspectContainerAsync(string id, CancellationToken cancellationToken = default) =>
        CallAsync($"inspect {id}", async (engine, token) =>
            EngineModels.FromInspect(await engine.Containers.InspectContainerAsync(id, token).ConfigureAwait(false)), cancellationToken);

    public Task<IReadOnlyList<ContainerSummary>> ListContainersAsync(
        IReadOnlyCollection<string> labelFilters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(labelFilters);
        var parameters = new ContainersListParameters
        {
            All = true,
            Filters = new Dictionary<string, IDictionary<string, bool>> { ["label"] = labelFilters.ToDictionary(l => l, _ => true) },
        };
        return CallAsync("list containers", async (engine, token) =>
        {
            var found = await engine.Containers.ListContainersAsync(parameters, token).ConfigureAwait(false);
            return (IReadOnlyList<ContainerSummary>)[.. found.Select(EngineModels.FromSummary)];
        }, cancellationToken);
    }

    public static bool IsGone(DockerApiException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.StatusCode == HttpStatusCode.NotFound ||
            (exception.StatusCode == HttpStatusCode.Conflict && exception.EngineMessage.Contains("removal", StringComparison.OrdinalIgnoreCase));
    }
}
