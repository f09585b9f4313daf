namespace NanoClaw.Containers.Mounts;

/// <summary>
/// What became of one extra mount request: either <see cref="Mount"/> (possibly downgraded to
/// read-only, see <see cref="Downgrade"/>) or <see cref="RejectedBy"/> with <see cref="Detail"/>.
/// </summary>
public sealed record MountDecision(
    ExtraMountRequest Request,
    PlannedMount? Mount,
    MountRule? RejectedBy,
    string Detail,
    string? Downgrade = null)
{
    public bool Accepted => Mount is not null;

    public static MountDecision Reject(ExtraMountRequest request, MountRule rule, string detail) =>
        new(request, null, rule, detail);

    /// <summary>The warning logged when a mount is skipped, naming the rule.</summary>
    public override string ToString() => Accepted
        ? $"mount {Request.HostPath} -> {Mount!.ContainerPath} ({(Mount.ReadOnly ? "ro" : "rw")}){(Downgrade is null ? "" : $", read-only because {Downgrade}")}"
        : $"mount {Request.HostPath} skipped: rule {RejectedBy}: {Detail}";
}
