using System.CommandLine;
using NanoClaw.Host.Agents;
using NanoClaw.Host.Api;
using NanoClaw.Host.Hosting;
using NanoClaw.Host.Settings;

namespace NanoClaw.Host.Cli;

/// <summary>
/// <c>nanoclaw doctor</c>: checks this machine (Docker, the agent image, the data directory, model
/// credentials) and whether a node answers. Exits 0 unless a check FAILs.
/// </summary>
internal static class DoctorCommand
{
    /// <summary>How long the node gets to answer. The default is 3 seconds.</summary>
    private static readonly TimeSpan NodeProbeTimeout = TimeSpan.FromSeconds(3);

    public static Command Create(Option<string?> config, Option<string?> url)
    {
        var doctor = new Command("doctor", "Check that this machine can run the node, and whether one is running.") { url };
        doctor.SetAction((result, cancellationToken) => RunAsync(
            result.GetValue(config), result.GetValue(url), result.InvocationConfiguration.Output, cancellationToken));
        return doctor;
    }

    private static async Task<int> RunAsync(string? configPath, string? url, TextWriter output, CancellationToken cancellationToken)
    {
        var findings = new List<DoctorFinding>();
        NanoClawOptions options;
        try
        {
            var file = NodeConfigurationFile.Locate(configPath, Directory.GetCurrentDirectory());
            options = NanoClawSettings.Load(NodeHost.ReadConfiguration(file), file.BaseDirectory);
            findings.Add(new(DoctorLevel.Ok, $"configuration from {file.Description} is valid"));
        }
        catch (Exception e) when (StartupFailure.Describe(e) is { } line)
        {
            await output.WriteLineAsync(new DoctorFinding(DoctorLevel.Fail, $"configuration: {line}", "fix the setting named above").ToString()).ConfigureAwait(false);
            return ExitCodes.InvalidConfiguration;
        }

        var engine = EngineChoice.Resolve(null, options.Agent.Engine, EffectiveModel.From(options.Model).Settings.Provider).Engine;
        findings.AddRange(await DoctorChecks.CheckDockerAsync(options.Containers, engine, cancellationToken).ConfigureAwait(false));
        findings.Add(DoctorChecks.CheckDataDirectory(options.DataDir));
        findings.Add(DoctorChecks.CheckModel(options.Model));
        findings.Add(DoctorChecks.CheckEngine(options));
        findings.Add(await CheckNodeAsync(url, options.Http, cancellationToken).ConfigureAwait(false));

        foreach (var finding in findings)
        {
            await output.WriteLineAsync(finding.ToString()).ConfigureAwait(false);
        }

        return findings.Any(f => f.Level == DoctorLevel.Fail) ? ExitCodes.Failed : ExitCodes.Success;
    }

    private static async Task<DoctorFinding> CheckNodeAsync(string? url, HttpOptions http, CancellationToken cancellationToken)
    {
        Uri address;
        try
        {
            address = url is null ? NodeAddress.FromHttpOptions(http) : NodeAddress.Resolve(url, null, Directory.GetCurrentDirectory());
        }
        catch (ArgumentException e)
        {
            return new(DoctorLevel.Fail, e.Message);
        }

        using var client = new NodeApiClient(address, Environment.GetEnvironmentVariable(NodeWebServer.AdminTokenVariable));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(NodeProbeTimeout);
        try
        {
            var info = await client.GetInfoAsync(timeout.Token).ConfigureAwait(false);
            return new(DoctorLevel.Ok, $"node answers at {Display(address)} ({info.AssistantName}, version {info.Version}, model {info.ModelProvider})");
        }
        catch (NodeUnavailableException)
        {
            return new(DoctorLevel.Warn, $"no node answers at {Display(address)}", "start it with `nanoclaw run`");
        }
        catch (ApiException e) when (e.StatusCode == 401)
        {
            return new(DoctorLevel.Warn, $"node at {Display(address)} refuses this caller", $"set {NodeWebServer.AdminTokenVariable} to the node's admin token");
        }
        catch (ApiException e)
        {
            return new(DoctorLevel.Warn, $"node at {Display(address)} answered with an error: {e.Message}", "see the node's log");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new(DoctorLevel.Warn, $"something at {Display(address)} did not answer within {NodeProbeTimeout.TotalSeconds:0} s", "check that it is a NanoClaw node");
        }
    }

    private static string Display(Uri address) => address.ToString().TrimEnd('/');
}
