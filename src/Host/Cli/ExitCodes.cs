namespace NanoClaw.Host.Cli;

public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The configuration could not be read, bound or validated; the node did not start.</summary>
    public const int InvalidConfiguration = 2;
}
