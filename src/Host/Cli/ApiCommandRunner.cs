using System.CommandLine;
using NanoClaw.Host.Api;

namespace NanoClaw.Host.Cli;

/// <summary>
/// Runs a command that talks to the running node: finds its address, sends the admin token when
/// set, and turns every failure into one line and an exit code.
/// </summary>
internal static class ApiCommandRunner
{
    public delegate Task<int> ApiCommandBody(NodeApiClient client, ParseResult result, TextWriter output, CancellationToken cancellationToken);

    public static Option<string?> CreateUrlOption() => new("--url")
    {
        Description = "The node's address (default: http://<http.host>:<http.port> from the configuration)",
        HelpName = "url",
        Recursive = true,
    };

    public static void SetAction(Command command, Option<string?> config, Option<string?> url, ApiCommandBody body) =>
        command.SetAction((result, cancellationToken) => RunAsync(result, config, url, body, cancellationToken));

    private static async Task<int> RunAsync(
        ParseResult result, Option<string?> config, Option<string?> url, ApiCommandBody body, CancellationToken cancellationToken)
    {
        var output = result.InvocationConfiguration.Output;
        var error = result.InvocationConfiguration.Error;
        Uri address;
        try
        {
            address = NodeAddress.Resolve(result.GetValue(url), result.GetValue(config), Directory.GetCurrentDirectory());
        }
        catch (ArgumentException e)
        {
            await error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return ExitCodes.InvalidConfiguration;
        }
        catch (Exception e) when (StartupFailure.Describe(e) is { } line)
        {
            await error.WriteLineAsync(line).ConfigureAwait(false);
            return ExitCodes.InvalidConfiguration;
        }

        using var client = new NodeApiClient(address, Environment.GetEnvironmentVariable(NodeWebServer.AdminTokenVariable));
        try
        {
            return await body(client, result, output, cancellationToken).ConfigureAwait(false);
        }
        catch (NodeUnavailableException e)
        {
            await error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return ExitCodes.NodeUnavailable;
        }
        catch (ApiException e)
        {
            await error.WriteLineAsync($"the node refused: {e.Message} (HTTP {e.StatusCode})").ConfigureAwait(false);
            return ExitCodes.Failed;
        }
    }
}
