namespace NanoClaw.Host.Configuration;

/// <summary>
/// An object with its keys in the order they were first written. Setting a key again follows
/// HOCON: two objects merge (later fields win), anything else is replaced by the later value.
/// </summary>
public sealed class HoconObject : HoconValue
{
    private readonly List<string> _keys = [];
    private readonly Dictionary<string, HoconValue> _fields = new(StringComparer.Ordinal);

    public HoconObject(SourcePosition position)
        : base(position)
    {
    }

    public IReadOnlyList<string> Keys => _keys;

    public int Count => _keys.Count;

    public override bool NeedsResolution => _fields.Values.Any(value => value.NeedsResolution);

    public HoconValue this[string key] => _fields[key];

    public bool TryGetValue(string key, out HoconValue value) => _fields.TryGetValue(key, out value!);

    /// <summary>Sets <paramref name="key"/>, merging with what is already there (parse-time, in place).</summary>
    public void Merge(string key, HoconValue value)
    {
        if (!_fields.TryGetValue(key, out var existing))
        {
            _keys.Add(key);
            _fields[key] = value;
            return;
        }

        _fields[key] = Combine(existing, value);
    }

    /// <summary>Merges every field of <paramref name="other"/> into this object, in its order.</summary>
    public void MergeFrom(HoconObject other)
    {
        foreach (var key in other._keys)
        {
            Merge(key, other._fields[key]);
        }
    }

    /// <summary>A new object with <paramref name="later"/> merged over this one; neither input changes.</summary>
    public HoconObject MergedWith(HoconObject later)
    {
        var result = new HoconObject(Position);
        foreach (var key in _keys)
        {
            result.Merge(key, _fields[key]);
        }

        foreach (var key in later._keys)
        {
            var value = later._fields[key];
            if (result._fields.TryGetValue(key, out var existing) && existing is HoconObject earlierObject && value is HoconObject laterObject)
            {
                result._fields[key] = earlierObject.MergedWith(laterObject);
                continue;
            }

            result.Merge(key, value);
        }

        return result;
    }

    private static HoconValue Combine(HoconValue earlier, HoconValue later)
    {
        if (earlier is HoconObject earlierObject && later is HoconObject laterObject)
        {
            earlierObject.MergeFrom(laterObject);
            return earlierObject;
        }

        var laterIsDeferred = later is HoconSubstitution or HoconConcatenation or HoconDeferredMerge;
        var earlierIsDeferred = earlier is HoconSubstitution or HoconConcatenation or HoconDeferredMerge;

        // The outcome depends on what the substitutions resolve to, so decide during resolution.
        if (laterIsDeferred || (earlierIsDeferred && later is HoconObject))
        {
            return new HoconDeferredMerge(earlier, later);
        }

        return later;
    }
}
