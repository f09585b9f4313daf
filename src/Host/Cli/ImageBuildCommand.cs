using System.CommandLine;
using NanoClaw.Containers.Docker;
using NanoClaw.Containers.Images;
using NanoClaw.Host.Hosting;
using NanoClaw.Host.Settings;

namespace NanoClaw.Host.Cli;

/// <summary>
/// <c>nanoclaw image build</c>: builds the agent image named by <c>nanoclaw.containers.image</c> on the
/// engine named by <c>nanoclaw.containers.engine</c>, through <c>container/build.sh</c> (offline
/// base, inputs-hash cache). An image whose inputs did not change is not rebuilt unless forced.
/// </summary>
internal static class ImageBuildCommand
{
    public static Command Create(Option<string?> config)
    {
        var force = new Option<bool>("--force") { Description = "Rebuild even when the image's inputs did not change" };
        var repository = new Option<string?>("--repository")
        {
            Description = "Checkout holding container/build.sh (default: found from the working directory upwards)",
            HelpName = "dir",
        };
        var build = new Command("build", "Build the agent image (works offline: the base is made with debootstrap when missing).");
        build.Options.Add(force);
        build.Options.Add(repository);
        build.SetAction((result, cancellationToken) => RunAsync(
            result.GetValue(config),
            result.GetValue(repository),
            result.GetValue(force),
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error,
            cancellationToken));

        var image = new Command("image", "Manage the agent image.");
        image.Subcommands.Add(build);
        return image;
    }

    private static async Task<int> RunAsync(
        string? configPath, string? repositoryPath, bool force, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var workingDirectory = Directory.GetCurrentDirectory();
        NanoClawOptions options;
        try
        {
            var file = NodeConfigurationFile.Locate(configPath, workingDirectory);
            options = NanoClawSettings.Load(NodeHost.ReadConfiguration(file), file.BaseDirectory);
        }
        catch (Exception e) when (StartupFailure.Describe(e) is { } line)
        {
            await error.WriteLineAsync(line).ConfigureAwait(false);
            return ExitCodes.InvalidConfiguration;
        }

        var root = repositoryPath is null ? RepositoryLocator.Find(workingDirectory) : Path.GetFullPath(repositoryPath, workingDirectory);
        if (root is null || !File.Exists(Path.Combine(root, "container", "build.sh")))
        {
            await error.WriteLineAsync(
                $"No container/build.sh found from {root ?? workingDirectory}; run this in a NanoClaw.NET checkout or pass --repository <dir>.")
                .ConfigureAwait(false);
            return ExitCodes.Failed;
        }

        DockerClient client;
        try
        {
            client = new DockerClient(DockerClientOptions.FromDockerHost(options.Containers.Engine));
        }
        catch (ArgumentException e)
        {
            await error.WriteLineAsync($"nanoclaw.containers.engine: {e.Message}").ConfigureAwait(false);
            return ExitCodes.InvalidConfiguration;
        }

        using (client)
        {
            return await BuildAsync(client, root, options.Containers.Image, force, output, error, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<int> BuildAsync(
        DockerClient client, string root, string image, bool force, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            await client.PingAsync(cancellationToken).ConfigureAwait(false);
            var builder = new ImageBuilder(client, TimeProvider.System);
            var result = await builder.BuildAsync(
                new ImageBuildRequest(root, image, force), new SynchronousProgress(output), cancellationToken)
                .ConfigureAwait(false);
            await output.WriteLineAsync(result.Rebuilt
                ? $"Built {result.Image} ({result.ImageId}) in {result.Elapsed.TotalSeconds:0.0} s."
                : $"{result.Image} is up to date ({result.ImageId}).").ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (DockerUnavailableException e)
        {
            await error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return ExitCodes.DockerUnavailable;
        }
        catch (DockerBuildException e)
        {
            await error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return ExitCodes.Failed;
        }
    }
}
