namespace NanoClaw.Host.Configuration;

/// <summary>
/// Replaces substitutions, concatenations and deferred merges with plain values. Paths are
/// absolute from the document root; a path the document lacks falls back to the environment
/// variable of the same name. <c>null</c> from <see cref="ResolveValue"/> means "undefined"
/// (an optional substitution that found nothing): the field is left out.
/// </summary>
public sealed partial class HoconResolver
{
    private readonly HoconObject _root;
    private readonly Func<string, string?> _environment;
    private readonly Dictionary<HoconValue, HoconValue?> _resolved = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<HoconValue> _resolving = new(ReferenceEqualityComparer.Instance);

    public HoconResolver(HoconObject root, Func<string, string?> environment)
    {
        _root = root;
        _environment = environment;
    }

    public static HoconObject Resolve(HoconObject root, Func<string, string?>? environment = null) =>
        (HoconObject)new HoconResolver(root, environment ?? Environment.GetEnvironmentVariable).ResolveValue(root)!;

    private HoconValue? ResolveValue(HoconValue value)
    {
        if (!value.NeedsResolution)
        {
            return value;
        }

        if (_resolved.TryGetValue(value, out var done))
        {
            return done;
        }

        if (!_resolving.Add(value))
        {
            throw new HoconException(value.Position, $"substitution cycle: {Describe(value)} depends on itself");
        }

        try
        {
            var result = value switch
            {
                HoconObject obj => ResolveObject(obj),
                HoconArray array => ResolveArray(array),
                HoconSubstitution substitution => ResolveSubstitution(substitution),
                HoconConcatenation concatenation => ResolveConcatenation(concatenation),
                HoconDeferredMerge merge => ResolveMerge(merge),
                _ => value,
            };
            _resolved[value] = result;
            return result;
        }
        finally
        {
            _resolving.Remove(value);
        }
    }

    private HoconObject ResolveObject(HoconObject obj)
    {
        var result = new HoconObject(obj.Position);
        foreach (var key in obj.Keys)
        {
            if (ResolveValue(obj[key]) is { } value)
            {
                result.Merge(key, value);
            }
        }

        return result;
    }

    private HoconArray ResolveArray(HoconArray array)
    {
        var items = new List<HoconValue>();
        foreach (var item in array.Items)
        {
            if (ResolveValue(item) is { } value)
            {
                items.Add(value);
            }
        }

        return new HoconArray(items, array.Position);
    }

    private HoconValue? ResolveMerge(HoconDeferredMerge merge)
    {
        var later = ResolveValue(merge.Later);
        if (later is null)
        {
            return ResolveValue(merge.Earlier);
        }

        if (later is HoconObject laterObject && ResolveValue(merge.Earlier) is HoconObject earlierObject)
        {
            return earlierObject.MergedWith(laterObject);
        }

        return later;
    }

    private static string Describe(HoconValue value) => value is HoconSubstitution substitution ? substitution.ToString() : "the value";
}
