namespace NanoClaw.Host.Configuration;

public enum HoconIncludeKind
{
    /// <summary>A file, relative to the folder of the including file.</summary>
    File,

    /// <summary>A resource embedded in the <c>nanoclaw</c> assembly, such as the default <c>HOCON.conf</c>.</summary>
    Classpath,
}
