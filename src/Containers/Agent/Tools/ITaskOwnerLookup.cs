namespace NanoClaw.Containers.Agent.Tools;

/// <summary>Finds which group owns a scheduled task, so a non-main group can act only on its own.</summary>
public interface ITaskOwnerLookup
{
    /// <summary>The owning group's folder, or null when no such task exists.</summary>
    Task<string?> FindOwnerFolderAsync(string taskId, CancellationToken cancellationToken);
}
