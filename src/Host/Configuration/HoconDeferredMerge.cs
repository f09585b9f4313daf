namespace NanoClaw.Host.Configuration;

/// <summary>
/// A key set twice where the outcome depends on substitutions: the later value wins unless it
/// is an optional substitution that finds nothing (then the earlier one stays), and two objects merge.
/// </summary>
public sealed class HoconDeferredMerge : HoconValue
{
    public HoconDeferredMerge(HoconValue earlier, HoconValue later)
        : base(later.Position)
    {
        Earlier = earlier;
        Later = later;
    }

    public HoconValue Earlier { get; }

    public HoconValue Later { get; }

    public override bool NeedsResolution => true;
}
