namespace NanoClaw.Host.Configuration;

/// <summary>
/// A HOCON document that cannot be read. The message always starts with <c>file:line:column:</c>
/// so that it can be shown to the user as a single line.
/// </summary>
public sealed class HoconException : Exception
{
    public HoconException(SourcePosition position, string problem)
        : base($"{position}: {problem}")
    {
        Position = position;
        Problem = problem;
    }

    public HoconException(SourcePosition position, string problem, Exception innerException)
        : base($"{position}: {problem}", innerException)
    {
        Position = position;
        Problem = problem;
    }

    public SourcePosition Position { get; }

    /// <summary>What went wrong, without the position.</summary>
    public string Problem { get; }
}
