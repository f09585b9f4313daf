using NanoClaw.Host.Cli;

namespace NanoClaw.Host;

/// <summary>The <c>nanoclaw</c> command line.</summary>
internal static class Program
{
    public static Task<int> Main(string[] args) => NanoClawCommandLine.InvokeAsync(args);
}
