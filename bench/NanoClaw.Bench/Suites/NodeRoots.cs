namespace NanoClaw.Bench.Suites;

/// <summary>Two fresh node directories for a child-process figure: one to seed with groups, one left empty for the baseline; both deleted afterwards.</summary>
internal sealed class NodeRoots : IDisposable
{
    public NodeRoots(string name)
    {
        Loaded = Directory.CreateTempSubdirectory($"nanoclaw-bench-{name}-").FullName;
        Empty = Directory.CreateTempSubdirectory($"nanoclaw-bench-{name}-empty-").FullName;
    }

    public string Loaded { get; }

    public string Empty { get; }

    public void Dispose()
    {
        Directory.Delete(Loaded, recursive: true);
        Directory.Delete(Empty, recursive: true);
    }
}
