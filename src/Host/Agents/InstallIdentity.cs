using System.Security.Cryptography;
using NanoClaw.Containers.Runtime;

namespace NanoClaw.Host.Agents;

/// <summary>
/// This node's install id, kept in <c>&lt;data-dir&gt;/install-id</c>. Every container carries it as
/// a label, so orphan cleanup at start removes this install's leftovers and nobody else's. It is
/// made once and never changes while the file stays.
/// </summary>
public static class InstallIdentity
{
    public const string FileName = "install-id";

    /// <summary>Reads the id, or makes and stores a new one (<c>nc-</c> and 16 hex digits).</summary>
    /// <exception cref="InvalidDataException">The file holds something that is not a valid install id.</exception>
    public static async Task<string> LoadOrCreateAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(dataDirectory);
        var path = Path.Join(dataDirectory, FileName);
        if (File.Exists(path))
        {
            return Validate(path, (await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false)).Trim());
        }

        Directory.CreateDirectory(dataDirectory);
        var id = "nc-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllTextAsync(temporary, id + "\n", cancellationToken).ConfigureAwait(false);
        try
        {
            // Two nodes starting at once on one data folder agree: the first file to land wins.
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
            return Validate(path, (await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false)).Trim());
        }

        return id;
    }

    private static string Validate(string path, string id)
    {
        try
        {
            ContainerName.ValidateInstallId(id);
            return id;
        }
        catch (ArgumentException ex)
        {
            throw new InvalidDataException($"{path}: {ex.Message}. Delete the file to make a new id.", ex);
        }
    }
}
