using Microsoft.Extensions.Logging;
using NanoClaw.Containers.Docker;

namespace NanoClaw.Containers.Runtime;

/// <summary>
/// At node start, removes containers left by an earlier run of this install: those labelled
/// <c>nanoclaw.install=&lt;install id&gt;</c>. Containers of other installs, and containers not
/// ours at all, are never touched.
/// </summary>
public sealed partial class OrphanCleaner(DockerClient client, ILogger<OrphanCleaner> logger)
{
    /// <returns>How many containers were removed.</returns>
    public async Task<int> RemoveOrphansAsync(string installId, CancellationToken cancellationToken = default)
    {
        ContainerName.ValidateInstallId(installId);
        var orphans = await client.ListContainersAsync([$"{ContainerLabels.Install}={installId}"], cancellationToken).ConfigureAwait(false);
        var removed = 0;
        foreach (var orphan in orphans)
        {
            // The engine filtered already; checking again costs nothing and guards a lax engine.
            if (orphan.Labels is null || !orphan.Labels.TryGetValue(ContainerLabels.Install, out var label) || label != installId)
            {
                continue;
            }

            try
            {
                await client.RemoveContainerAsync(orphan.Id, force: true, cancellationToken).ConfigureAwait(false);
                removed++;
                LogRemoved(orphan.Names?.FirstOrDefault() ?? orphan.Id, orphan.State ?? "unknown");
            }
            catch (DockerApiException ex) when (DockerClient.IsGone(ex))
            {
                // Removed meanwhile.
            }
        }

        return removed;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed orphan container {Name} (was {State})")]
    private partial void LogRemoved(string name, string state);
}
