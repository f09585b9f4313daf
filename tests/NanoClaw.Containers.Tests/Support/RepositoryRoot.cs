namespace NanoClaw.Containers.Tests.Support;

/// <summary>Finds the checkout (the folder holding NanoClaw.sln) from the test binaries.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NanoClaw.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No NanoClaw.sln above {AppContext.BaseDirectory}.");
    }
}
