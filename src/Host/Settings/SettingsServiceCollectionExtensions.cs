using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace NanoClaw.Host.Settings;

public static class SettingsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="NanoClawOptions"/> bound from <paramref name="configuration"/>, with relative
    /// paths resolved against <paramref name="baseDirectory"/> (the configuration file's folder) and
    /// validated when the host starts.
    /// </summary>
    public static IServiceCollection AddNanoClawSettings(this IServiceCollection services, IConfiguration configuration, string baseDirectory)
    {
        services.AddOptions<NanoClawOptions>()
            .Configure(options => NanoClawSettings.Bind(configuration, options))
            .PostConfigure(options => options.ResolvePaths(baseDirectory))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<NanoClawOptions>>(new NanoClawOptionsValidator(configuration));
        return services;
    }
}
