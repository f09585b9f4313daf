namespace NanoClaw.Host.Configuration;

/// <summary>
/// Values written next to each other on one line (<c>"@"${name}</c>, <c>${base} { x = 1 }</c>).
/// Strings join (whitespace between them kept), objects merge, arrays append.
/// </summary>
public sealed class HoconConcatenation : HoconValue
{
    public HoconConcatenation(IReadOnlyList<HoconValue> parts, SourcePosition position)
        : base(position)
    {
        Parts = parts;
    }

    public IReadOnlyList<HoconValue> Parts { get; }

    public override bool NeedsResolution => true;
}
