// Kept instead of Akka's HOCON parser: Akka 1.5.75's does not resolve ${?VAR} from the environment, loses the object that holds such a value, and gives no line for a syntax error; this one does all three.
namespace NanoClaw.Host.Configuration;

/// <summary>
/// Reads a HOCON document: parse (with includes), then resolve substitutions.
/// </summary>
/// <remarks>
/// Supported: objects with or without braces, dotted and quoted keys, <c>=</c>, <c>:</c> or no separator
/// before <c>{</c>, arrays, quoted, unquoted and triple-quoted strings, numbers, booleans, null,
/// <c>#</c> and <c>//</c> comments, merging of repeated keys, <c>${path}</c> and <c>${?path}</c> with the
/// environment as fallback, value concatenation on one line, and includes.
/// Where this reader is stricter or simpler than the HOCON spec, on purpose:
/// every include is required (a missing file is an error, <c>url(…)</c> is refused);
/// substitution paths are always absolute from the document root, also inside an included file
/// placed in a nested object; self-referential substitutions (<c>a = ${a} …</c>) are reported as
/// cycles and <c>+=</c> is refused; <c>yes</c>/<c>no</c>/<c>on</c>/<c>off</c> stay strings.
/// </remarks>
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
