namespace NanoClaw.AgentRunner.Agent;

/// <summary>
/// Where things are inside the container. The defaults match the mounts the host makes; each can
/// be overridden by an environment variable (tests run the runner outside a container).
/// </summary>
public sealed record RunnerPaths(
    string AgentSocket,
    string ModelProxySocket,
    string GroupDirectory,
    string GlobalDirectory,
    string ExtraDirectory,
    string SessionsDirectory,
    string ClaudeEngineDirectory = RunnerPaths.DefaultClaudeEngineDirectory,
    string NodeExecutable = "node")
{
    public const string DefaultClaudeEngineDirectory = "/opt/nanoclaw/claude-code";

    public static RunnerPaths FromEnvironment(IReadOnlyList<string> args) => new(
        args.Count > 0 ? args[0] : Env("NANOCLAW_AGENT_SOCKET", "/workspace/ipc/agent.sock"),
        Env("NANOCLAW_MODEL_PROXY_SOCKET", "/workspace/proxy/model-proxy.sock"),
        Env("NANOCLAW_GROUP_DIR", "/workspace/group"),
        Env("NANOCLAW_GLOBAL_DIR", "/workspace/global"),
        Env("NANOCLAW_EXTRA_DIR", "/workspace/extra"),
        Env("NANOCLAW_SESSIONS_DIR", "/workspace/session"),
        Env("NANOCLAW_CLAUDE_ENGINE_DIR", DefaultClaudeEngineDirectory),
        Env("NANOCLAW_NODE", "node"));

    private static string Env(string name, string fallback) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : fallback;
}
