namespace NanoClaw.Host.Configuration;

public sealed class HoconArray : HoconValue
{
    private readonly List<HoconValue> _items;

    public HoconArray(IEnumerable<HoconValue> items, SourcePosition position)
        : base(position)
    {
        _items = [.. items];
    }

    public IReadOnlyList<HoconValue> Items => _items;

    public override bool NeedsResolution => _items.Exists(item => item.NeedsResolution);
}
