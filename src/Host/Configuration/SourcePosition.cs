namespace NanoClaw.Host.Configuration;

/// <summary>A place in a HOCON source: 1-based line and column, as editors count them.</summary>
public readonly record struct SourcePosition(string Source, int Line, int Column)
{
    public override string ToString() => $"{Source}:{Line}:{Column}";
}
