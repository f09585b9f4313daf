using System.Text;

namespace NanoClaw.Host.Configuration;

public sealed partial class HoconParser
{
    private bool IsIncludeDirective()
    {
        var next = _index + 1;
        if (_tokens[next].Kind != HoconTokenKind.Whitespace)
        {
            return false;
        }

        var spec = _tokens[next + 1];
        return spec.Kind == HoconTokenKind.Quoted
            || (spec.Kind == HoconTokenKind.Unquoted && spec.Text.EndsWith('('));
    }

    /// <summary>
    /// <c>include "f"</c>, <c>include file("f")</c>, <c>include classpath("f")</c>, optionally wrapped in
    /// <c>required(…)</c>. Every include is required here: a missing file is an error, never silently empty.
    /// </summary>
    private void ParseInclude(HoconObject target)
    {
        var position = Current.Position;
        _index++;
        SkipWhitespace();
        var shape = new StringBuilder();
        string? name = null;
        while (Current.Kind is HoconTokenKind.Quoted or HoconTokenKind.Unquoted or HoconTokenKind.Whitespace)
        {
            if (Current.Kind == HoconTokenKind.Quoted)
            {
                name = Current.Text;
                shape.Append('Q');
            }
            else if (Current.Kind == HoconTokenKind.Unquoted)
            {
                shape.Append(Current.Text);
            }

            _index++;
        }

        var kind = shape.ToString() switch
        {
            "Q" or "file(Q)" or "required(Q)" or "required(file(Q))" => HoconIncludeKind.File,
            "classpath(Q)" or "required(classpath(Q))" => HoconIncludeKind.Classpath,
            _ => throw new HoconException(position, "expected include \"file\", include file(\"file\") or include classpath(\"name\")"),
        };
        target.MergeFrom(_includer.Include(kind, name!, _source, position));
    }
}
