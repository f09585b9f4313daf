using NanoClaw.Containers.Runtime;

namespace NanoClaw.Host.Agents;

/// <summary>How <see cref="DockerAgentRuntime"/> runs agents; made from the node's settings by <see cref="DockerAgentRuntime.CreateAsync"/>.</summary>
/// <param name="InstallId">This node's install id (see <see cref="InstallIdentity"/>); every container is labelled with it.</param>
/// <param name="GroupsDirectory">The absolute <c>groups/</c> folder.</param>
/// <param name="DataDirectory">The absolute data folder holding <c>sessions/</c>, <c>ipc/</c> and <c>proxy/</c>.</param>
/// <param name="Container">Image, limits, stop grace and the no-output backstop of each container.</param>
/// <param name="Context">What every <c>start</c> carries.</param>
public sealed record DockerAgentRuntimeOptions(
    string InstallId,
    string GroupsDirectory,
    string DataDirectory,
    ContainerOptions Container,
    AgentRunContext Context)
{
    /// <summary>Where the model proxy's socket lives; mounted read-only into every container.</summary>
    public const string ProxyMountPath = "/workspace/proxy";

    public const string ProxySocketName = "model-proxy.sock";

    /// <summary>
    /// How long a started container may take to connect to its agent socket. The default is
    /// 2 minutes (a cold start takes about a second; this only catches a runner that hangs).
    /// </summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromMinutes(2);

    public string ProxyDirectory => Path.Join(DataDirectory, "proxy");

    public string ProxySocket => Path.Join(ProxyDirectory, ProxySocketName);
}
