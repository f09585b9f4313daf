namespace NanoClaw.Actors.Tests;

/// <summary>Finds files of this repository from the test's output folder.</summary>
internal static class RepositoryFiles
{
    /// <summary>The folder holding NanoClaw.sln, found by walking up from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NanoClaw.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No NanoClaw.sln above {AppContext.BaseDirectory}.");
    }
}
