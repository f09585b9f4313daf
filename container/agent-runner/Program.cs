namespace NanoClaw.AgentRunner;

/// <summary>The agent runner's entry point inside the container.</summary>
internal static class Program
{
    public static int Main() => 0;
}
