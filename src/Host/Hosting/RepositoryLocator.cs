namespace NanoClaw.Host.Hosting;

/// <summary>Finds the NanoClaw.NET checkout (the folder holding <c>container/build.sh</c>) from a starting folder upwards.</summary>
internal static class RepositoryLocator
{
    public static string? Find(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "container", "build.sh")))
            {
                return directory.FullName;
            }
        }

        return null;
    }

    /// <summary>
    /// The checkout above the working directory, else above the binaries (a node started with
    /// <c>dotnet run --project src/Host</c> from anywhere runs from <c>src/Host/bin/…</c>).
    /// </summary>
    public static string? FindFromProcess() =>
        Find(Directory.GetCurrentDirectory()) ?? Find(AppContext.BaseDirectory);
}
