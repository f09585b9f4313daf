using System.Text;

namespace NanoClaw.Host.Configuration;

public sealed partial class HoconResolver
{
    private HoconValue? ResolveSubstitution(HoconSubstitution substitution)
    {
        if (Find(substitution.Path) is { } found)
        {
            return found;
        }

        var name = string.Join('.', substitution.Path);
        if (_environment(name) is { } fromEnvironment)
        {
            return new HoconScalar(HoconScalarKind.String, fromEnvironment, substitution.Position);
        }

        if (substitution.Optional)
        {
            return null;
        }

        throw new HoconException(
            substitution.Position,
            $"cannot resolve substitution {substitution}: no setting '{HoconPath.Render(substitution.Path)}' and no environment variable '{name}' (use ${{?{name}}} if it may be absent)");
    }

    /// <summary>Walks the unresolved tree, resolving only what lies on the path.</summary>
    private HoconValue? Find(IReadOnlyList<string> path)
    {
        HoconValue? current = _root;
        foreach (var segment in path)
        {
            var container = current is HoconObject plain ? plain : ResolveValue(current!) as HoconObject;
            if (container is null || !container.TryGetValue(segment, out var next))
            {
                return null;
            }

            current = next;
        }

        return ResolveValue(current!);
    }

    private HoconValue? ResolveConcatenation(HoconConcatenation concatenation)
    {
        var parts = concatenation.Parts.Select(ResolveValue).ToList();
        var solid = parts.Where(part => part is not null and not HoconScalar { Kind: HoconScalarKind.Whitespace }).ToList();
        if (solid.Count == 0)
        {
            return null;
        }

        if (solid.TrueForAll(part => part is HoconObject))
        {
            return solid.Cast<HoconObject>().Aggregate((earlier, later) => earlier.MergedWith(later));
        }

        if (solid.TrueForAll(part => part is HoconArray))
        {
            return new HoconArray(solid.Cast<HoconArray>().SelectMany(array => array.Items), concatenation.Position);
        }

        if (solid.Exists(part => part is HoconObject or HoconArray))
        {
            throw new HoconException(concatenation.Position, "cannot concatenate an object or array with a string; put them on separate keys");
        }

        // Whitespace next to an undefined optional substitution at either end would be left dangling.
        var scalars = parts.OfType<HoconScalar>().ToList();
        var first = scalars.FindIndex(part => part.Kind != HoconScalarKind.Whitespace);
        var last = scalars.FindLastIndex(part => part.Kind != HoconScalarKind.Whitespace);
        var text = new StringBuilder();
        for (var i = first; i <= last; i++)
        {
            text.Append(scalars[i].Kind == HoconScalarKind.Null ? string.Empty : scalars[i].Text);
        }

        return new HoconScalar(HoconScalarKind.String, text.ToString(), concatenation.Position);
    }
}
