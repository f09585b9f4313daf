namespace NanoClaw.Host.Configuration;

/// <summary>
/// Text to parse. <see cref="Name"/> is how the source appears in error messages;
/// <see cref="Directory"/> is where its relative includes are looked up.
/// </summary>
public sealed record HoconSource(string Name, string Text, string Directory)
{
    /// <summary>Reads a file; <paramref name="displayName"/> defaults to the path as given.</summary>
    public static HoconSource FromFile(string path, string? displayName = null)
    {
        var fullPath = Path.GetFullPath(path);
        return new HoconSource(displayName ?? path, File.ReadAllText(fullPath), Path.GetDirectoryName(fullPath) ?? fullPath);
    }

    /// <summary>Text held in memory; relative includes resolve against the current directory.</summary>
    public static HoconSource FromText(string text, string name = "<text>") =>
        new(name, text, System.IO.Directory.GetCurrentDirectory());
}
