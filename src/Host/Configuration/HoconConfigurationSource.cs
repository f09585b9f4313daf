using Microsoft.Extensions.Configuration;

namespace NanoClaw.Host.Configuration;

/// <summary>A HOCON document as a configuration source. The source is read once, when the configuration is built.</summary>
public sealed class HoconConfigurationSource : IConfigurationSource
{
    public HoconConfigurationSource(Func<HoconSource> open, Func<string, string?>? environment = null)
    {
        Open = open;
        Environment = environment;
    }

    /// <summary>Produces the text to read; called when the provider loads.</summary>
    public Func<HoconSource> Open { get; }

    /// <summary>Where substitutions look when the document lacks a path; the process environment when null.</summary>
    public Func<string, string?>? Environment { get; }

    public IConfigurationProvider Build(IConfigurationBuilder builder) => new HoconConfigurationProvider(this);
}
