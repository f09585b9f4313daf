namespace NanoClaw.Host.Cli;

/// <summary>Nothing answers at the node's API address.</summary>
public sealed class NodeUnavailableException : Exception
{
    public NodeUnavailableException()
    {
    }

    public NodeUnavailableException(string message)
        : base(message)
    {
    }

    public NodeUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static NodeUnavailableException At(Uri baseAddress, Exception innerException) =>
        new($"no node answers at {baseAddress.ToString().TrimEnd('/')} — start it with `nanoclaw run`", innerException);
}
