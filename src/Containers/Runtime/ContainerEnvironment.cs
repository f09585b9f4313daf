namespace NanoClaw.Containers.Runtime;

/// <summary>
/// The only environment a container may get: <c>TZ</c> and a fixed set of non-secret runner
/// settings. The list is code, not configuration, so no setting can widen it; keys, tokens and
/// passwords reach the model only through the host's proxy, never the container.
/// </summary>
public static class ContainerEnvironment
{
    public static readonly IReadOnlySet<string> AllowedKeys = new HashSet<string>(StringComparer.Ordinal)
    {
        "TZ",
        "LANG",
        "NANOCLAW_GROUP_FOLDER",
        "NANOCLAW_IS_MAIN",
        "NANOCLAW_RUN_ID",
        "NANOCLAW_ASSISTANT_NAME",
        "NANOCLAW_PROVIDER",
        "NANOCLAW_MODEL",
        "NANOCLAW_MAX_MESSAGES_PER_PROMPT",
        "NANOCLAW_LOG_LEVEL",
    };

    /// <summary>Value prefixes of well-known credentials, refused even under an allowed key.</summary>
    private static readonly string[] SecretPrefixes =
        ["sk-", "xoxb-", "xoxp-", "xapp-", "ghp_", "gho_", "github_pat_", "AKIA", "Bearer ", "eyJ"];

    /// <summary>Why this environment may not enter a container, or null when it may.</summary>
    public static string? Problem(IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        foreach (var (key, value) in environment)
        {
            if (!AllowedKeys.Contains(key))
            {
                return $"environment variable '{key}' is not on the container allowlist ({string.Join(", ", AllowedKeys.Order(StringComparer.Ordinal))})";
            }

            if (SecretPrefixes.FirstOrDefault(p => value.StartsWith(p, StringComparison.Ordinal)) is { } prefix)
            {
                return $"environment variable '{key}' looks like a credential (starts with '{prefix}')";
            }

            if (value.Contains('\0', StringComparison.Ordinal) || value.Contains('\n', StringComparison.Ordinal))
            {
                return $"environment variable '{key}' contains a control character";
            }
        }

        return null;
    }

    /// <exception cref="ArgumentException">A key is not allowed or a value looks like a secret.</exception>
    public static void Validate(IReadOnlyDictionary<string, string> environment)
    {
        if (Problem(environment) is { } problem)
        {
            throw new ArgumentException(problem, nameof(environment));
        }
    }
}
