namespace NanoClaw.Host.Configuration;

/// <summary>
/// A node of the HOCON value tree. Parsing produces a tree that may hold substitutions,
/// concatenations and deferred merges; <see cref="HoconResolver"/> turns it into a tree of
/// objects, arrays and scalars only.
/// </summary>
public abstract class HoconValue
{
    protected HoconValue(SourcePosition position)
    {
        Position = position;
    }

    /// <summary>Where the value starts, for error messages.</summary>
    public SourcePosition Position { get; }

    /// <summary>True when the value still needs <see cref="HoconResolver"/> before it can be read.</summary>
    public abstract bool NeedsResolution { get; }
}
