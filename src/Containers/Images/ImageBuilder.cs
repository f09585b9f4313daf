using System.Diagnostics;
using NanoClaw.Containers.Docker;

namespace NanoClaw.Containers.Images;

/// <summary>
/// Builds the agent image by running <c>container/build.sh</c>, the one build procedure (offline
/// base, runner publish, inputs-hash cache), against the engine the client talks to. Every output
/// line is reported as progress; a failed build throws <see cref="DockerBuildException"/> naming
/// the script's last words.
/// </summary>
public sealed class ImageBuilder(DockerClient client, TimeProvider timeProvider)
{
    /// <summary>Label carrying the hash of the image's inputs (set by build.sh).</summary>
    public const string InputsHashLabel = "nanoclaw.inputs-hash";

    private const int TailLines = 15;

    public async Task<ImageBuildResult> BuildAsync(
        ImageBuildRequest request, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var script = Path.Combine(request.RepositoryRoot, "container", "build.sh");
        if (!File.Exists(script))
        {
            throw new FileNotFoundException($"No build script at {script}.", script);
        }

        var started = timeProvider.GetTimestamp();
        var before = await client.TryInspectImageAsync(request.Image, cancellationToken).ConfigureAwait(false);
        var tail = new Queue<string>();
        var exitCode = await RunScriptAsync(script, request, line =>
        {
            lock (tail)
            {
                tail.Enqueue(line);
                if (tail.Count > TailLines)
                {
                    tail.Dequeue();
                }
            }

            progress?.Report(line);
        }, cancellationToken).ConfigureAwait(false);
        if (exitCode != 0)
        {
            throw new DockerBuildException(request.Image, $"build.sh exited with code {exitCode}:{Environment.NewLine}{string.Join(Environment.NewLine, tail)}");
        }

        var after = await client.InspectImageAsync(request.Image, cancellationToken).ConfigureAwait(false);
        string? hash = null;
        after.Config?.Labels?.TryGetValue(InputsHashLabel, out hash);
        return new ImageBuildResult(request.Image, after.Id, hash, before?.Id != after.Id, timeProvider.GetElapsedTime(started));
    }

    private async Task<int> RunScriptAsync(string script, ImageBuildRequest request, Action<string> onLine, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("bash")
        {
            ArgumentList = { script },
            WorkingDirectory = request.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (request.Force)
        {
            start.ArgumentList.Add("--force");
        }

        start.Environment["NANOCLAW_IMAGE"] = request.Image;
        start.Environment["DOCKER_HOST"] = client.Options.Endpoint;
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Forward(e.Data, onLine);
        process.ErrorDataReceived += (_, e) => Forward(e.Data, onLine);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return process.ExitCode;
    }

    private static void Forward(string? line, Action<string> onLine)
    {
        if (line is not null)
        {
            onLine(line);
        }
    }
}
