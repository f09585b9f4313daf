namespace NanoClaw.Host.Configuration;

/// <summary>
/// Reads included sources, refusing missing files and include cycles. One instance serves one
/// document: it remembers which sources are being read.
/// </summary>
public sealed class HoconIncluder
{
    private const int MaxDepth = 32;

    private readonly Func<string, HoconSource?> _classpath;
    private readonly Stack<string> _open = new();

    /// <param name="classpath">Finds embedded sources by name; null when there is none.</param>
    public HoconIncluder(Func<string, HoconSource?> classpath)
    {
        _classpath = classpath;
    }

    /// <summary>Parses a top-level source; its includes come back through <see cref="Include"/>.</summary>
    public HoconObject ParseRoot(HoconSource source) => ParseTracked(source, IdentityOf(source), default);

    internal HoconObject Include(HoconIncludeKind kind, string name, HoconSource includer, SourcePosition position)
    {
        var source = kind == HoconIncludeKind.Classpath ? OpenClasspath(name, position) : OpenFile(name, includer, position);
        return ParseTracked(source, IdentityOf(source), position);
    }

    private HoconObject ParseTracked(HoconSource source, string identity, SourcePosition position)
    {
        if (_open.Contains(identity))
        {
            throw new HoconException(position, $"include cycle: '{source.Name}' is already being read");
        }

        if (_open.Count >= MaxDepth)
        {
            throw new HoconException(position, $"includes nested deeper than {MaxDepth} levels");
        }

        _open.Push(identity);
        try
        {
            return HoconParser.Parse(source, this);
        }
        finally
        {
            _open.Pop();
        }
    }

    private static HoconSource OpenFile(string name, HoconSource includer, SourcePosition position)
    {
        var fullPath = Path.GetFullPath(Path.Combine(includer.Directory, name));
        if (!File.Exists(fullPath))
        {
            throw new HoconException(position, $"cannot include \"{name}\": file not found ({fullPath})");
        }

        var displayDirectory = Path.GetDirectoryName(includer.Name);
        var displayName = Path.IsPathRooted(name) || string.IsNullOrEmpty(displayDirectory) || includer.Name.StartsWith('<')
            ? name
            : Path.Combine(displayDirectory, name);
        try
        {
            return HoconSource.FromFile(fullPath, displayName);
        }
        catch (IOException e)
        {
            throw new HoconException(position, $"cannot include \"{name}\": {e.Message}", e);
        }
    }

    private HoconSource OpenClasspath(string name, SourcePosition position) =>
        _classpath(name) ?? throw new HoconException(position, $"cannot include classpath(\"{name}\"): no such embedded resource");

    private static string IdentityOf(HoconSource source) =>
        source.Name.StartsWith("classpath:", StringComparison.Ordinal)
            ? source.Name
            : Path.GetFullPath(Path.Combine(source.Directory, Path.GetFileName(source.Name)));
}
