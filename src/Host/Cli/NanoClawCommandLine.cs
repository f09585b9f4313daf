using System.CommandLine;

namespace NanoClaw.Host.Cli;

/// <summary>
/// The <c>nanoclaw</c> command: no arguments or <c>run</c> start the node; <c>image build</c>,
/// <c>doctor</c>; <c>groups</c>, <c>tasks</c>, <c>send</c> and <c>status</c> talk to the running node; <c>--help</c>, <c>--version</c>.
/// </summary>
public static class NanoClawCommandLine
{
    public static RootCommand Create()
    {
        var config = new Option<string?>("--config", "-c")
        {
            Description = "HOCON configuration file to use instead of ./HOCON.conf or the built-in defaults; it may start with include classpath(\"HOCON.conf\")",
            HelpName = "file",
            Recursive = true,
        };
        var root = new RootCommand("NanoClaw.NET: a personal AI assistant node. Without a command, starts the node.");
        root.Options.Add(config);

        var run = new Command("run", "Start the node and run until Ctrl-C or SIGTERM.");
        root.Subcommands.Add(run);
        root.Subcommands.Add(ImageBuildCommand.Create(config));
        var url = ApiCommandRunner.CreateUrlOption();
        root.Subcommands.Add(GroupsCommand.Create(config, url));
        root.Subcommands.Add(TasksCommand.Create(config, url));
        root.Subcommands.Add(SendCommand.Create(config, url));
        root.Subcommands.Add(StatusCommand.Create(config, url));
        root.Subcommands.Add(DoctorCommand.Create(config, url));

        Task<int> Run(ParseResult result, CancellationToken cancellationToken) =>
            NodeRunner.RunAsync(result.GetValue(config), result.InvocationConfiguration.Error, cancellationToken);

        root.SetAction(Run);
        run.SetAction(Run);
        return root;
    }

    /// <summary>
    /// Parses without response files: a leading <c>@</c> is part of the argument, because triggers
    /// such as <c>--trigger @Andy</c> start with one.
    /// </summary>
    public static ParseResult Parse(IReadOnlyList<string> args) =>
        Create().Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });

    /// <summary>
    /// Parses and runs. Signals are left to the host's console lifetime, which stops the node
    /// cleanly and lets it exit 0; the parser's own termination handling is off.
    /// </summary>
    public static Task<int> InvokeAsync(string[] args, CancellationToken cancellationToken = default) =>
        Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }, cancellationToken);
}
