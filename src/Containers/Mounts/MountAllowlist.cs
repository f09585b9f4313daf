namespace NanoClaw.Containers.Mounts;

/// <summary>
/// The user's mount allowlist (<c>~/.config/nanoclaw/mount-allowlist.json</c>): which host folders
/// extra mounts may come from. It lives outside the project and is never mounted.
/// </summary>
/// <param name="AllowedRoots">Folders extra mounts must lie under.</param>
/// <param name="BlockedPatterns">Extra name fragments refused in any path component; merged with <see cref="DefaultBlockedPatterns"/>.</param>
/// <param name="NonMainReadOnly">Force every extra mount of a non-main group read-only. The default is true.</param>
public sealed record MountAllowlist(
    IReadOnlyList<AllowedRoot> AllowedRoots,
    IReadOnlyList<string> BlockedPatterns,
    bool NonMainReadOnly = true)
{
    /// <summary>Names of credential stores and secrets that are never mounted, whatever the allowlist says.</summary>
    public static readonly IReadOnlyList<string> DefaultBlockedPatterns =
    [
        ".ssh", ".gnupg", ".gpg", ".aws", ".azure", ".gcloud", ".kube", ".docker", "credentials", ".env",
        ".netrc", ".npmrc", ".pypirc", "id_rsa", "id_ed25519", "private_key", ".secret",
    ];

    /// <summary>The defaults plus the user's patterns, without duplicates or blanks.</summary>
    public IReadOnlyList<string> EffectiveBlockedPatterns =>
        [.. DefaultBlockedPatterns.Concat(BlockedPatterns).Where(p => !string.IsNullOrWhiteSpace(p)).Distinct(StringComparer.Ordinal)];
}
