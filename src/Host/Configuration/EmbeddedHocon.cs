namespace NanoClaw.Host.Configuration;

/// <summary>
/// HOCON sources built into the <c>nanoclaw</c> assembly, reachable as <c>include classpath("name")</c>.
/// The repository's <c>HOCON.conf</c> is embedded as <c>HOCON.conf</c>, so the node runs without the file.
/// </summary>
public static class EmbeddedHocon
{
    public const string DefaultName = "HOCON.conf";

    private const string ResourcePrefix = "NanoClaw.";

    public static HoconSource Default => Find(DefaultName)
        ?? throw new InvalidOperationException($"The {DefaultName} resource is missing from the nanoclaw assembly.");

    public static HoconSource? Find(string name)
    {
        using var stream = typeof(EmbeddedHocon).Assembly.GetManifestResourceStream(ResourcePrefix + name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return new HoconSource($"classpath:{name}", reader.ReadToEnd(), Directory.GetCurrentDirectory());
    }
}
