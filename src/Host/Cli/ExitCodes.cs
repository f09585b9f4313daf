namespace NanoClaw.Host.Cli;

public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The configuration could not be read, bound or validated; the node did not start.</summary>
    public const int InvalidConfiguration = 2;

    /// <summary>The command ran and failed (e.g. the image build broke).</summary>
    public const int Failed = 1;

    /// <summary>The Docker engine could not be reached.</summary>
    public const int DockerUnavailable = 3;

    /// <summary>No node answers on the API address (it is not running, or listens elsewhere).</summary>
    public const int NodeUnavailable = 4;

    /// <summary>The node did not answer in time (e.g. <c>send</c> saw no reply before its timeout).</summary>
    public const int TimedOut = 5;
}
