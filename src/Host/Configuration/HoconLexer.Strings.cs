using System.Globalization;
using System.Text;

namespace NanoClaw.Host.Configuration;

public sealed partial class HoconLexer
{
    private void ReadString(SourcePosition start)
    {
        if (LooksAt("\"\"\""))
        {
            ReadTripleQuoted(start);
            return;
        }

        Advance(1);
        var text = new StringBuilder();
        while (true)
        {
            if (_index >= _text.Length || _text[_index] == '\n')
            {
                throw Error(start, "unterminated quoted string: expected '\"' before the end of the line");
            }

            var c = _text[_index];
            if (c == '"')
            {
                Advance(1);
                Add(HoconTokenKind.Quoted, text.ToString(), start);
                return;
            }

            if (c == '\\')
            {
                text.Append(ReadEscape());
                continue;
            }

            text.Append(c);
            Advance(1);
        }
    }

    private string ReadEscape()
    {
        var position = Here();
        var c = Peek(1);
        Advance(2);
        switch (c)
        {
            case '"': return "\"";
            case '\\': return "\\";
            case '/': return "/";
            case 'b': return "\b";
            case 'f': return "\f";
            case 'n': return "\n";
            case 'r': return "\r";
            case 't': return "\t";
            case 'u':
                var hex = _index + 4 <= _text.Length ? _text.Substring(_index, 4) : string.Empty;
                if (!int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                {
                    throw Error(position, "expected four hex digits after '\\u'");
                }

                Advance(4);
                return ((char)code).ToString();
            default:
                throw Error(position, $"expected an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX) but found '\\{c}'");
        }
    }

    private void ReadTripleQuoted(SourcePosition start)
    {
        Advance(3);
        var close = _text.IndexOf("\"\"\"", _index, StringComparison.Ordinal);
        if (close < 0)
        {
            throw Error(start, "unterminated triple-quoted string: expected '\"\"\"'");
        }

        // Quotes right before the closing triple belong to the string, as in the HOCON spec.
        while (close + 3 < _text.Length && _text[close + 3] == '"')
        {
            close++;
        }

        var text = _text[_index..close];
        Advance(close - _index + 3);
        Add(HoconTokenKind.Quoted, text, start);
    }

    private void ReadSubstitution(SourcePosition start)
    {
        if (Peek(1) != '{')
        {
            throw Error(start, "expected '{' after '$' (substitutions read ${path} or ${?path})");
        }

        Advance(2);
        var optional = _index < _text.Length && _text[_index] == '?';
        if (optional)
        {
            Advance(1);
        }

        var from = _index;
        var inQuotes = false;
        while (_index < _text.Length && (inQuotes || _text[_index] != '}'))
        {
            if (_text[_index] == '\n')
            {
                throw Error(start, "unterminated substitution: expected '}' before the end of the line");
            }

            if (_text[_index] == '"')
            {
                inQuotes = !inQuotes;
            }

            Advance(1);
        }

        if (_index >= _text.Length)
        {
            throw Error(start, "unterminated substitution: expected '}'");
        }

        var path = _text[from.._index].Trim();
        Advance(1);
        if (path.Length == 0)
        {
            throw Error(start, "expected a path inside '${}'");
        }

        Add(HoconTokenKind.Substitution, path, start, optional);
    }

    private void ReadUnquoted(SourcePosition start)
    {
        var from = _index;
        while (_index < _text.Length)
        {
            var c = _text[_index];
            if (IsWhitespace(c) || c == '\n' || Forbidden.Contains(c, StringComparison.Ordinal) || (c == '/' && Peek(1) == '/'))
            {
                break;
            }

            Advance(1);
        }

        if (_index == from)
        {
            throw Error(start, $"unexpected character '{_text[_index]}' (quote the text if it is part of a value)");
        }

        Add(HoconTokenKind.Unquoted, _text[from.._index], start);
    }
}
