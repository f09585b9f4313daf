using Microsoft.Extensions.Logging;
using NanoClaw.Containers.Docker;
using NanoClaw.Containers.Images;
using NanoClaw.Host.Hosting;

namespace NanoClaw.Host.Agents;

/// <summary>
/// At node start, makes sure the agent image exists: when it is missing, builds it with
/// <c>container/build.sh</c> from the checkout the node runs in. Failing to build is logged, not
/// thrown: the node keeps taking messages, and runs say what is missing.
/// </summary>
public sealed partial class AgentImageProvisioner(DockerClient client, TimeProvider timeProvider, ILogger<AgentImageProvisioner> logger)
{
    /// <param name="repositoryRoot">The checkout holding <c>container/build.sh</c>; null finds it from the working directory or the binaries.</param>
    /// <returns>Whether the image is present afterwards.</returns>
    public async Task<bool> EnsureAsync(string image, string? repositoryRoot, CancellationToken cancellationToken)
    {
        if (await client.TryInspectImageAsync(image, cancellationToken).ConfigureAwait(false) is not null)
        {
            return true;
        }

        var root = repositoryRoot ?? RepositoryLocator.FindFromProcess();
        if (root is null)
        {
            LogNoCheckout(image);
            return false;
        }

        LogBuilding(image, root);
        var progress = new LineLog(this);
        try
        {
            var result = await new ImageBuilder(client, timeProvider)
                .BuildAsync(new ImageBuildRequest(root, image), progress, cancellationToken).ConfigureAwait(false);
            LogBuilt(result.Image, result.Elapsed.TotalSeconds);
            return true;
        }
        catch (Exception ex) when (ex is DockerBuildException or DockerApiException or FileNotFoundException)
        {
            LogBuildFailed(image, ex.Message);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The agent image {Image} is missing and no container/build.sh was found; run `nanoclaw image build` in a NanoClaw.NET checkout")]
    private partial void LogNoCheckout(string image);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The agent image {Image} is missing; building it with {Root}/container/build.sh (slow the first time)")]
    private partial void LogBuilding(string image, string root);

    [LoggerMessage(Level = LogLevel.Debug, Message = "build.sh: {Line}")]
    private partial void LogBuildLine(string line);

    [LoggerMessage(Level = LogLevel.Information, Message = "Built the agent image {Image} in {Seconds:0.0} s")]
    private partial void LogBuilt(string image, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not build the agent image {Image}: {Reason}")]
    private partial void LogBuildFailed(string image, string reason);

    /// <summary>Logs build output in order, on the thread that reports it.</summary>
    private sealed class LineLog(AgentImageProvisioner owner) : IProgress<string>
    {
        public void Report(string value) => owner.LogBuildLine(value);
    }
}
