namespace NanoClaw.Host.Configuration;

/// <summary>Reads a HOCON document: parse (with includes), then resolve substitutions.</summary>
public static class HoconReader
{
    public static HoconObject Read(HoconSource source, Func<string, string?>? environment = null)
    {
        var includer = new HoconIncluder(EmbeddedHocon.Find);
        var tree = includer.ParseRoot(source);
        return HoconResolver.Resolve(tree, environment);
    }

    public static HoconObject ReadFile(string path, Func<string, string?>? environment = null)
    {
        if (!File.Exists(path))
        {
            throw new HoconException(new SourcePosition(path, 1, 1), $"configuration file not found ({Path.GetFullPath(path)})");
        }

        return Read(HoconSource.FromFile(path), environment);
    }

    public static HoconObject ReadText(string text, string name = "<text>", Func<string, string?>? environment = null) =>
        Read(HoconSource.FromText(text, name), environment);
}
