using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NanoClaw.Host.Settings;

namespace NanoClaw.Host.Hosting;

/// <summary>Logs the effective settings (credentials masked) at start, and when the node is up and down.</summary>
internal sealed partial class NodeStartupReporter : IHostedService
{
    private readonly ILogger<NodeStartupReporter> _logger;
    private readonly IConfiguration _configuration;
    private readonly NodeConfigurationFile _file;
    private readonly IOptions<NanoClawOptions> _options;
    private readonly IHostApplicationLifetime _lifetime;

    public NodeStartupReporter(
        ILogger<NodeStartupReporter> logger,
        IConfiguration configuration,
        NodeConfigurationFile file,
        IOptions<NanoClawOptions> options,
        IHostApplicationLifetime lifetime)
    {
        _logger = logger;
        _configuration = configuration;
        _file = file;
        _options = options;
        _lifetime = lifetime;
    }

    public static string Version =>
        typeof(NodeStartupReporter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogConfigurationSource(_file.Description);
        foreach (var line in EffectiveSettings.Describe(_configuration))
        {
            LogSetting(line);
        }

        var options = _options.Value;
        LogDirectories(options.DataDir, options.GroupsDir, options.ResolveTimeZone().Id);
        _lifetime.ApplicationStarted.Register(() => LogStarted(Version, options.AssistantName));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        LogStopped();
        return Task.CompletedTask;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Configuration from {Source}")]
    private partial void LogConfigurationSource(string source);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Setting {Setting}")]
    private partial void LogSetting(string setting);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Data directory {DataDir}, groups directory {GroupsDir}, time zone {TimeZone}")]
    private partial void LogDirectories(string dataDir, string groupsDir, string timeZone);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "NanoClaw node started (version {Version}, assistant {AssistantName}); press Ctrl-C to stop")]
    private partial void LogStarted(string version, string assistantName);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "NanoClaw node stopping")]
    private partial void LogStopped();
}
