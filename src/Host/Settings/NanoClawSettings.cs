using Microsoft.Extensions.Configuration;
using NanoClaw.Host.Configuration;

namespace NanoClaw.Host.Settings;

/// <summary>Binding and validating <see cref="NanoClawOptions"/> from a configuration.</summary>
public static class NanoClawSettings
{
    /// <summary>Binds the <c>nanoclaw</c> section; throws <see cref="SettingsException"/> for unknown keys or values of the wrong form.</summary>
    public static void Bind(IConfiguration configuration, NanoClawOptions options)
    {
        HoconTypeConverters.Register();
        var section = configuration.GetSection(NanoClawOptions.SectionName);
        var problems = SettingsChecker.Check(section, typeof(NanoClawOptions));
        if (problems.Count > 0)
        {
            throw new SettingsException(problems);
        }

        section.Bind(options);
    }

    /// <summary>Every validation failure of bound options, one line each.</summary>
    public static IReadOnlyList<string> Validate(IConfiguration configuration, NanoClawOptions options) =>
        SettingsValidator.Validate(options, configuration.GetSection(NanoClawOptions.SectionName));

    /// <summary>Binds, resolves relative paths against <paramref name="baseDirectory"/> and validates.</summary>
    public static NanoClawOptions Load(IConfiguration configuration, string baseDirectory)
    {
        var options = new NanoClawOptions();
        Bind(configuration, options);
        options.ResolvePaths(baseDirectory);
        var problems = Validate(configuration, options);
        return problems.Count == 0 ? options : throw new SettingsException(problems);
    }
}
