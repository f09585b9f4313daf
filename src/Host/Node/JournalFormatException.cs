namespace NanoClaw.Host.Node;

/// <summary>The configured journal holds data this node cannot use; the message names it and what to do.</summary>
public sealed class JournalFormatException : Exception
{
    public JournalFormatException(string message)
        : base(message)
    {
    }

    public JournalFormatException()
        : this("the journal holds data of an unknown format")
    {
    }

    public JournalFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
