namespace NanoClaw.Containers.Runtime;

/// <summary>
/// Labels on every NanoClaw container. The install label scopes orphan cleanup: a node removes
/// only containers of its own install, never another install's or anyone else's.
/// </summary>
public static class ContainerLabels
{
    public const string Install = "nanoclaw.install";

    public const string Group = "nanoclaw.group";

    public const string Run = "nanoclaw.run";
}
