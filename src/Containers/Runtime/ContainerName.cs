using System.Text.RegularExpressions;
using NanoClaw.Containers.Mounts;

namespace NanoClaw.Containers.Runtime;

/// <summary>Container names: <c>nanoclaw-&lt;folder&gt;-&lt;run id&gt;</c>, each part validated.</summary>
public static partial class ContainerName
{
    [GeneratedRegex("^[a-z0-9]{1,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex RunIdPattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex InstallIdPattern();

    /// <exception cref="ArgumentException">The folder or run id is invalid.</exception>
    public static string For(string folder, string runId)
    {
        if (GroupFolder.Problem(folder) is { } problem)
        {
            throw new ArgumentException(problem, nameof(folder));
        }

        if (!RunIdPattern().IsMatch(runId ?? ""))
        {
            throw new ArgumentException($"run id '{runId}' must be 1-32 lower-case letters or digits", nameof(runId));
        }

        return $"nanoclaw-{folder}-{runId}";
    }

    /// <exception cref="ArgumentException">The install id could not be a label value we filter on safely.</exception>
    public static void ValidateInstallId(string installId)
    {
        if (!InstallIdPattern().IsMatch(installId ?? ""))
        {
            throw new ArgumentException($"install id '{installId}' must match ^[A-Za-z0-9][A-Za-z0-9_.-]{{0,63}}$", nameof(installId));
        }
    }
}
