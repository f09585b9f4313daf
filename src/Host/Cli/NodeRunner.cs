using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using NanoClaw.Host.Hosting;
using NanoClaw.Host.Settings;

namespace NanoClaw.Host.Cli;

/// <summary>
/// <c>nanoclaw run</c>: load and validate the configuration, then run the host until Ctrl-C or
/// SIGTERM. A bad configuration stops here with one line on stderr, before anything touches disk.
/// </summary>
internal static class NodeRunner
{
    public static async Task<int> RunAsync(string? configPath, TextWriter error, CancellationToken cancellationToken)
    {
        IHost host;
        try
        {
            var file = NodeConfigurationFile.Locate(configPath, Directory.GetCurrentDirectory());
            IConfigurationRoot configuration = NodeHost.ReadConfiguration(file);
            var options = NanoClawSettings.Load(configuration, file.BaseDirectory);
            host = NodeHost.Build(file, configuration, options);
        }
        catch (Exception e) when (StartupFailure.Describe(e) is { } line)
        {
            await error.WriteLineAsync(line).ConfigureAwait(false);
            return ExitCodes.InvalidConfiguration;
        }

        try
        {
            await host.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (StartupFailure.Describe(e) is { } line)
        {
            await error.WriteLineAsync(line).ConfigureAwait(false);
            return ExitCodes.InvalidConfiguration;
        }

        return ExitCodes.Success;
    }
}
