namespace NanoClaw.Containers.Tests.Agent;

/// <summary>A short-lived folder with a short path, since unix socket paths are limited to ~100 bytes.</summary>
internal sealed class TempSocketDirectory : IDisposable
{
    public TempSocketDirectory()
    {
        Path = System.IO.Path.Combine("/tmp", "nct-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
