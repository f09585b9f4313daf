using System.Text.Json;

namespace NanoClaw.Containers.Mounts;

/// <summary>
/// Reads the allowlist file. A missing file means "no extra mounts" (null), not an error, and is
/// looked for again on the next load; a malformed file is an error the caller reports, and every
/// extra mount is refused until it is fixed.
/// </summary>
public static class MountAllowlistLoader
{
    /// <summary><c>~/.config/nanoclaw/mount-allowlist.json</c> for the given home folder.</summary>
    public static string DefaultPath(string homeDirectory) =>
        Path.Join(homeDirectory, ".config", "nanoclaw", "mount-allowlist.json");

    /// <exception cref="InvalidDataException">The file is not a valid allowlist; the message says why.</exception>
    public static async Task<MountAllowlist?> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        MountAllowlistFile? file;
        try
        {
            var stream = File.OpenRead(path);
            await using (stream.ConfigureAwait(false))
            {
                file = await JsonSerializer.DeserializeAsync(stream, MountsJsonContext.Default.MountAllowlistFile, cancellationToken)
                    .ConfigureAwait(false);
            }
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Mount allowlist {path} is not valid JSON: {ex.Message}", ex);
        }

        if (file?.AllowedRoots is null || file.BlockedPatterns is null)
        {
            throw new InvalidDataException($"Mount allowlist {path} must have the arrays \"allowedRoots\" and \"blockedPatterns\".");
        }

        if (file.AllowedRoots.Any(r => string.IsNullOrWhiteSpace(r?.Path)))
        {
            throw new InvalidDataException($"Mount allowlist {path}: every entry of \"allowedRoots\" needs a \"path\".");
        }

        return new MountAllowlist(file.AllowedRoots, file.BlockedPatterns, file.NonMainReadOnly ?? true);
    }
}
