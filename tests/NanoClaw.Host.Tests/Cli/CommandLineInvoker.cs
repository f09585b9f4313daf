using System.CommandLine;
using NanoClaw.Host.Cli;

namespace NanoClaw.Host.Tests.Cli;

/// <summary>Runs the <c>nanoclaw</c> command line in-process with captured output and error.</summary>
internal static class CommandLineInvoker
{
    public static async Task<(int ExitCode, string Output, string Error)> InvokeAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var configuration = new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = null };
        var exitCode = await NanoClawCommandLine.Parse(args).InvokeAsync(configuration);
        return (exitCode, output.ToString(), error.ToString());
    }
}
