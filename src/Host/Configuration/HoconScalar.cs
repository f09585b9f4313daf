using System.Text.RegularExpressions;

namespace NanoClaw.Host.Configuration;

/// <summary>A string, number, boolean or null, kept as the text that was written.</summary>
public sealed partial class HoconScalar : HoconValue
{
    public HoconScalar(HoconScalarKind kind, string text, SourcePosition position)
        : base(position)
    {
        Kind = kind;
        Text = text;
    }

    public HoconScalarKind Kind { get; }

    public string Text { get; }

    public override bool NeedsResolution => false;

    /// <summary>Classifies an unquoted run: <c>true</c>, <c>false</c>, <c>null</c>, a number, or else a string.</summary>
    public static HoconScalar FromUnquoted(string text, SourcePosition position)
    {
        var kind = text switch
        {
            "true" or "false" => HoconScalarKind.Boolean,
            "null" => HoconScalarKind.Null,
            _ when NumberPattern().IsMatch(text) => HoconScalarKind.Number,
            _ => HoconScalarKind.String,
        };
        return new HoconScalar(kind, text, position);
    }

    public override string ToString() => Text;

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE]-?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
