using Microsoft.Extensions.Configuration;

namespace NanoClaw.Host.Configuration;

/// <summary>
/// Serves a HOCON document with its keys as written (kebab-case, case-insensitive lookups).
/// Throws <see cref="HoconException"/> from <see cref="Load"/> when the document is broken.
/// </summary>
public sealed class HoconConfigurationProvider : ConfigurationProvider
{
    private readonly HoconConfigurationSource _source;

    public HoconConfigurationProvider(HoconConfigurationSource source)
    {
        _source = source;
    }

    public override void Load()
    {
        var root = HoconReader.Read(_source.Open(), _source.Environment);
        Data = HoconFlattener.Flatten(root);
    }
}
