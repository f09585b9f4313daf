using System.Text;

namespace NanoClaw.Host.Configuration;

public sealed partial class HoconParser
{
    /// <summary>A key is unquoted and quoted text with no whitespace in between; dots split unquoted text.</summary>
    private List<string> ParseKey()
    {
        if (Current.Kind is not (HoconTokenKind.Unquoted or HoconTokenKind.Quoted))
        {
            throw Unexpected("a key");
        }

        var start = Current.Position;
        var segments = new List<string>();
        var current = new StringBuilder();
        var hasText = false;
        var written = new StringBuilder();
        while (Current.Kind is HoconTokenKind.Unquoted or HoconTokenKind.Quoted)
        {
            var token = Current;
            _index++;
            if (token.Kind == HoconTokenKind.Quoted)
            {
                written.Append('"').Append(token.Text).Append('"');
                current.Append(token.Text);
                hasText = true;
                continue;
            }

            written.Append(token.Text);
            foreach (var c in token.Text)
            {
                if (c != '.')
                {
                    current.Append(c);
                    hasText = true;
                    continue;
                }

                EndSegment(segments, current, ref hasText, start, written);
            }
        }

        EndSegment(segments, current, ref hasText, start, written);
        return segments;
    }

    private static void EndSegment(List<string> segments, StringBuilder current, ref bool hasText, SourcePosition start, StringBuilder written)
    {
        if (!hasText)
        {
            throw new HoconException(start, $"expected a key name between the dots in '{written}'");
        }

        segments.Add(current.ToString());
        current.Clear();
        hasText = false;
    }

    /// <summary>Reads one value: everything up to the end of the line, a ',' or a closing bracket.</summary>
    private HoconValue ParseValue(string owner)
    {
        var start = Current.Position;
        var parts = new List<HoconValue>();
        while (true)
        {
            var token = Current;
            HoconValue? part = token.Kind switch
            {
                HoconTokenKind.LeftBrace => ParseObject(),
                HoconTokenKind.LeftBracket => ParseArray(),
                HoconTokenKind.Quoted => Take(new HoconScalar(HoconScalarKind.String, token.Text, token.Position)),
                HoconTokenKind.Unquoted => Take(HoconScalar.FromUnquoted(token.Text, token.Position)),
                HoconTokenKind.Substitution => Take(new HoconSubstitution(HoconPath.Parse(token.Text, token.Position), token.Optional, token.Position)),
                HoconTokenKind.Whitespace when parts.Count > 0 => Take(new HoconScalar(HoconScalarKind.Whitespace, token.Text, token.Position)),
                _ => null,
            };
            if (part is null)
            {
                break;
            }

            parts.Add(part);
        }

        while (parts.Count > 0 && parts[^1] is HoconScalar { Kind: HoconScalarKind.Whitespace })
        {
            parts.RemoveAt(parts.Count - 1);
        }

        return parts.Count switch
        {
            0 => throw Unexpected($"a value for {owner}"),
            1 => parts[0],
            _ => Concatenate(parts, start),
        };
    }

    private HoconValue Take(HoconValue value)
    {
        _index++;
        return value;
    }

    /// <summary>Plain strings join now; anything holding a substitution or a container waits for resolution.</summary>
    private static HoconValue Concatenate(List<HoconValue> parts, SourcePosition start)
    {
        if (parts.TrueForAll(part => part is HoconScalar))
        {
            var text = string.Concat(parts.Select(part => ((HoconScalar)part).Text));
            return new HoconScalar(HoconScalarKind.String, text, start);
        }

        return new HoconConcatenation(parts, start);
    }

    private HoconObject ParseObject()
    {
        var open = Current;
        _index++;
        var result = new HoconObject(open.Position);
        ParseFields(result, HoconTokenKind.RightBrace, open);
        _index++;
        return result;
    }

    private HoconArray ParseArray()
    {
        var open = Current;
        _index++;
        var items = new List<HoconValue>();
        while (true)
        {
            SkipBlank();
            if (Current.Kind == HoconTokenKind.RightBracket)
            {
                _index++;
                return new HoconArray(items, open.Position);
            }

            if (Current.Kind == HoconTokenKind.End)
            {
                throw new HoconException(Current.Position, $"expected ']' to close the array opened at {open.Position.Line}:{open.Position.Column}");
            }

            items.Add(ParseValue("an array element"));
            SkipWhitespace();
            if (Current.Kind == HoconTokenKind.Comma)
            {
                _index++;
                SkipBlank();
                if (Current.Kind == HoconTokenKind.Comma)
                {
                    throw Unexpected("an array element after ','");
                }
            }
            else if (Current.Kind is not (HoconTokenKind.Newline or HoconTokenKind.RightBracket or HoconTokenKind.End))
            {
                throw Unexpected("',' or ']' in the array");
            }
        }
    }
}
