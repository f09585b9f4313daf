using NanoClaw.Containers.Docker;
using NanoClaw.Host.Agents;
using NanoClaw.Host.Settings;

namespace NanoClaw.Host.Cli;

/// <summary>The machine-local checks of <c>nanoclaw doctor</c>; none of them needs a running node.</summary>
internal static class DoctorChecks
{
    /// <summary>The label container/build.sh puts on the image: the engines it carries, comma-separated.</summary>
    public const string EnginesLabel = "nanoclaw.engines";

    /// <param name="containers">Where the engine and image are.</param>
    /// <param name="engine">The engine groups run with by default; the image must carry it.</param>
    /// <param name="cancellationToken">Stops the checks.</param>
    public static async Task<IReadOnlyList<DoctorFinding>> CheckDockerAsync(ContainersOptions containers, string engine, CancellationToken cancellationToken)
    {
        DockerClient client;
        try
        {
            client = new DockerClient(DockerClientOptions.FromDockerHost(containers.Engine));
        }
        catch (ArgumentException e)
        {
            return [new(DoctorLevel.Fail, $"Docker engine setting: {e.Message}", "set nanoclaw.containers.engine (or DOCKER_HOST) to unix:///path/to/docker.sock or tcp://host:port")];
        }

        using (client)
        {
            var socket = client.Options.Location;
            try
            {
                await client.PingAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DockerUnavailableException e)
            {
                return
                [
                    new(DoctorLevel.Fail, $"Docker engine not reachable at {socket} ({e.Message})", "start Docker: sudo systemctl start docker (or scripts/ensure-docker.sh)"),
                    new(DoctorLevel.Warn, $"agent image {containers.Image} not checked (no Docker engine)", "start Docker, then run nanoclaw doctor again"),
                ];
            }

            var image = await client.TryInspectImageAsync(containers.Image, cancellationToken).ConfigureAwait(false);
            return
            [
                new(DoctorLevel.Ok, $"Docker engine answers at {socket}"),
                image is null
                    ? new(DoctorLevel.Fail, $"agent image {containers.Image} is missing", "build it: nanoclaw image build")
                    : CheckImageEngines(containers.Image, image.Config?.Labels, engine),
            ];
        }
    }

    /// <summary>Whether the image carries the engine groups run with (images built before engines were labelled carry builtin only).</summary>
    public static DoctorFinding CheckImageEngines(string image, IReadOnlyDictionary<string, string>? labels, string engine)
    {
        var engines = labels?.GetValueOrDefault(EnginesLabel) is { Length: > 0 } label ? label.Split(',') : ["builtin"];
        return engines.Contains(engine)
            ? new(DoctorLevel.Ok, $"agent image {image} is present (engines: {string.Join(", ", engines)})")
            : new(DoctorLevel.Fail, $"agent image {image} lacks the {engine} engine that groups run with (it has: {string.Join(", ", engines)})",
                "rebuild it with npm on this machine: nanoclaw image build --force (or set nanoclaw.agent.engine = builtin)");
    }

    public static DoctorFinding CheckDataDirectory(string dataDir)
    {
        var probe = Path.Combine(dataDir, $".doctor-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(dataDir);
            File.WriteAllText(probe, "probe");
            File.Delete(probe);
            return new(DoctorLevel.Ok, $"data directory {dataDir} is writable");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new(DoctorLevel.Fail, $"data directory {dataDir} is not writable ({e.Message})", "make it writable for this user, or set nanoclaw.data-dir");
        }
    }

    public static DoctorFinding CheckModel(ModelOptions model) => model.Provider switch
    {
        ModelProvider.Anthropic when string.IsNullOrWhiteSpace(model.AnthropicApiKey) => new(
            DoctorLevel.Warn, "model provider anthropic, but ANTHROPIC_API_KEY is not set: the node answers with the mock model", "export ANTHROPIC_API_KEY=…"),
        ModelProvider.OpenAI when string.IsNullOrWhiteSpace(model.OpenAIApiKey) && !IsLoopback(model.BaseUrl) => new(
            DoctorLevel.Warn, $"model provider openai at {model.BaseUrl}, but OPENAI_API_KEY is not set: the node answers with the mock model", "export OPENAI_API_KEY=…"),
        ModelProvider.Mock => new(
            DoctorLevel.Warn, "model provider mock: replies come from the test model, not a real one", "set nanoclaw.model.provider = anthropic or openai"),
        _ => new(DoctorLevel.Ok, $"model {model.Name} from {model.Provider.ToString().ToLowerInvariant()} at {model.BaseUrl}, credentials present"),
    };

    /// <summary>The engine groups run with by default, and whether the configured one can run.</summary>
    public static DoctorFinding CheckEngine(NanoClawOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var provider = EffectiveModel.From(options.Model).Settings.Provider;
        var choice = EngineChoice.Resolve(null, options.Agent.Engine, provider);
        return choice.Note is { } note
            ? new(DoctorLevel.Warn, $"agent engine {options.Agent.Engine}: {note}", "set ANTHROPIC_API_KEY with nanoclaw.model.provider = anthropic, or nanoclaw.agent.engine = builtin")
            : new(DoctorLevel.Ok, $"agent engine {choice.Engine} (nanoclaw.agent.engine = {options.Agent.Engine}, model provider {provider})");
    }

    private static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.IsLoopback || uri.Host == "[::1]");
}
