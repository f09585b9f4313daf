namespace NanoClaw.Host.Configuration;

/// <summary>
/// <c>${path}</c> or <c>${?path}</c>. The path is looked up in the whole document, then in the
/// environment. An optional substitution that finds nothing leaves the field unset.
/// </summary>
public sealed class HoconSubstitution : HoconValue
{
    public HoconSubstitution(IReadOnlyList<string> path, bool optional, SourcePosition position)
        : base(position)
    {
        Path = path;
        Optional = optional;
    }

    public IReadOnlyList<string> Path { get; }

    public bool Optional { get; }

    public override bool NeedsResolution => true;

    public override string ToString() => Optional ? $"${{?{HoconPath.Render(Path)}}}" : $"${{{HoconPath.Render(Path)}}}";
}
