namespace NanoClaw.Containers.Mounts;

/// <summary>
/// Checks an extra mount against the allowlist, in this order: the container path is relative,
/// has no <c>..</c> and no <c>:</c>; the host path (<c>~</c> expanded) resolves, symlinks
/// followed, to an existing real path; no component of the requested or the real path contains a
/// blocked pattern; it lies under an allowed root (the most specific one decides) and does not
/// expose the allowlist file; it is read-write only if requested, allowed by that root, and not forced
/// read-only for a non-main group. The first broken rule rejects the mount.
/// </summary>
public sealed class MountValidator
{
    /// <summary>Extra mounts appear under this container folder.</summary>
    public const string ExtraMountsRoot = "/workspace/extra";

    private readonly MountAllowlist? _allowlist;
    private readonly string? _allowlistError;
    private readonly string _home;
    private readonly string? _allowlistRealPath;
    private readonly IReadOnlyList<(AllowedRoot Root, string RealPath)> _roots;

    /// <param name="allowlist">The loaded allowlist, or null when there is none.</param>
    /// <param name="homeDirectory">What <c>~</c> expands to.</param>
    /// <param name="allowlistPath">The allowlist file, which no mount may expose.</param>
    /// <param name="allowlistError">Set when the file exists but is malformed: everything is refused.</param>
    public MountValidator(MountAllowlist? allowlist, string homeDirectory, string? allowlistPath = null, string? allowlistError = null)
    {
        _allowlist = allowlist;
        _allowlistError = allowlistError;
        _home = homeDirectory;
        _allowlistRealPath = allowlistPath is null ? null : RealPath.Resolve(allowlistPath);
        _roots = allowlist is null
            ? []
            : [.. allowlist.AllowedRoots
                .Select(root => (Root: root, RealPath: RealPath.Resolve(Expand(root.Path)) ?? ""))
                .Where(r => r.RealPath.Length > 0)];
    }

    public MountDecision Validate(ExtraMountRequest request, bool isMain)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_allowlistError is not null)
        {
            return MountDecision.Reject(request, MountRule.InvalidAllowlist, _allowlistError);
        }

        if (_allowlist is null)
        {
            return MountDecision.Reject(request, MountRule.NoAllowlist, "no mount allowlist file, so no extra mounts");
        }

        if (CheckContainerPath(request) is { } badTarget)
        {
            return badTarget;
        }

        var expanded = Expand(request.HostPath);
        if (!Path.IsPathRooted(expanded) || expanded.Contains(':', StringComparison.Ordinal))
        {
            return MountDecision.Reject(request, MountRule.HostPathInvalid, $"host path '{request.HostPath}' must be absolute (or start with ~) and have no ':'");
        }

        if (RealPath.Resolve(expanded) is not { } real)
        {
            return MountDecision.Reject(request, MountRule.HostPathMissing, $"'{expanded}' does not exist (symlinks followed)");
        }

        return CheckHostPath(request, expanded, real) ?? Decide(request, real, isMain);
    }

    private static MountDecision? CheckContainerPath(ExtraMountRequest request)
    {
        var target = ContainerPathOf(request);
        if (string.IsNullOrWhiteSpace(target) || target.StartsWith('/'))
        {
            return MountDecision.Reject(request, MountRule.ContainerPathNotRelative, $"container path '{target}' must be a non-empty relative path");
        }

        if (target.Contains(':', StringComparison.Ordinal))
        {
            return MountDecision.Reject(request, MountRule.ContainerPathColon, $"container path '{target}' must not contain ':'");
        }

        return RealPath.Components(target).Contains("..")
            ? MountDecision.Reject(request, MountRule.ContainerPathTraversal, $"container path '{target}' must not contain '..'")
            : null;
    }

    private MountDecision? CheckHostPath(ExtraMountRequest request, string expanded, string real)
    {
        foreach (var component in RealPath.Components(expanded).Concat(RealPath.Components(real)))
        {
            var pattern = _allowlist!.EffectiveBlockedPatterns.FirstOrDefault(p => component.Contains(p, StringComparison.OrdinalIgnoreCase));
            if (pattern is not null)
            {
                return MountDecision.Reject(request, MountRule.BlockedPattern, $"component '{component}' of {real} matches blocked pattern '{pattern}'");
            }
        }

        return null;
    }

    private MountDecision Decide(ExtraMountRequest request, string real, bool isMain)
    {
        var matches = _roots.Where(r => RealPath.IsUnder(real, r.RealPath)).OrderByDescending(r => r.RealPath.Length).ToList();
        if (matches.Count == 0)
        {
            return MountDecision.Reject(request, MountRule.OutsideAllowedRoots, $"{real} is under no allowed root");
        }

        var (root, rootReal) = matches[0];
        if (_allowlistRealPath is not null && RealPath.IsUnder(_allowlistRealPath, real))
        {
            return MountDecision.Reject(request, MountRule.ExposesAllowlist, $"{real} would expose the mount allowlist {_allowlistRealPath}");
        }

        string? downgrade = null;
        if (!request.ReadOnly && !root.AllowReadWrite)
        {
            downgrade = $"allowed root {rootReal} does not allow read-write";
        }
        else if (!request.ReadOnly && !isMain && _allowlist!.NonMainReadOnly)
        {
            downgrade = "nonMainReadOnly forces non-main groups' extra mounts read-only";
        }

        var target = $"{ExtraMountsRoot}/{string.Join('/', RealPath.Components(ContainerPathOf(request)).Where(c => c != "."))}";
        var mount = new PlannedMount(real, target, request.ReadOnly || downgrade is not null);
        return new MountDecision(request, mount, null, $"under allowed root {rootReal}", downgrade);
    }

    private static string ContainerPathOf(ExtraMountRequest request) =>
        request.ContainerPath ?? Path.GetFileName(request.HostPath.TrimEnd('/'));

    private string Expand(string path) => path switch
    {
        "~" => _home,
        _ when path.StartsWith("~/", StringComparison.Ordinal) => Path.Join(_home, path[2..]),
        _ => path,
    };
}
