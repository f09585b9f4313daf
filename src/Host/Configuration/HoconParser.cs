namespace NanoClaw.Host.Configuration;

/// <summary>
/// Builds the unresolved value tree of one source. Includes are read through the
/// <see cref="HoconIncluder"/> and merged where they appear.
/// </summary>
public sealed partial class HoconParser
{
    private readonly IReadOnlyList<HoconToken> _tokens;
    private readonly HoconSource _source;
    private readonly HoconIncluder _includer;
    private int _index;

    private HoconParser(IReadOnlyList<HoconToken> tokens, HoconSource source, HoconIncluder includer)
    {
        _tokens = tokens;
        _source = source;
        _includer = includer;
    }

    private HoconToken Current => _tokens[_index];

    /// <summary>Parses a document whose root is an object, with or without its outer braces.</summary>
    public static HoconObject Parse(HoconSource source, HoconIncluder includer)
    {
        var tokens = new HoconLexer(source.Text, source.Name).Tokenize();
        return new HoconParser(tokens, source, includer).ParseDocument();
    }

    private HoconObject ParseDocument()
    {
        SkipBlank();
        var root = new HoconObject(Current.Position);
        if (Current.Kind == HoconTokenKind.LeftBrace)
        {
            var open = Current;
            _index++;
            ParseFields(root, HoconTokenKind.RightBrace, open);
            _index++;
            SkipBlank();
            if (Current.Kind != HoconTokenKind.End)
            {
                throw Unexpected("end of file after the root object");
            }

            return root;
        }

        if (Current.Kind == HoconTokenKind.LeftBracket)
        {
            throw new HoconException(Current.Position, "expected an object at the root of the document, not an array");
        }

        ParseFields(root, HoconTokenKind.End, null);
        return root;
    }

    /// <summary>Reads fields up to (not past) <paramref name="closer"/>.</summary>
    private void ParseFields(HoconObject target, HoconTokenKind closer, HoconToken? open)
    {
        while (true)
        {
            SkipBlank();
            if (Current.Kind == closer)
            {
                return;
            }

            if (Current.Kind == HoconTokenKind.End)
            {
                throw new HoconException(Current.Position, $"expected '}}' to close the object opened at {open!.Position.Line}:{open.Position.Column}");
            }

            var key = ParseFieldOrInclude(target);
            SkipWhitespace();
            switch (Current.Kind)
            {
                case HoconTokenKind.Comma:
                    _index++;
                    SkipBlank();
                    if (Current.Kind == HoconTokenKind.Comma)
                    {
                        throw Unexpected($"a field after ',' following '{key}'");
                    }

                    break;
                case HoconTokenKind.Newline:
                    break;
                default:
                    if (Current.Kind != closer && Current.Kind != HoconTokenKind.End)
                    {
                        throw Unexpected($"',' or a new line after the value of '{key}'");
                    }

                    break;
            }
        }
    }

    private string ParseFieldOrInclude(HoconObject target)
    {
        if (Current is { Kind: HoconTokenKind.Unquoted, Text: "include" } && IsIncludeDirective())
        {
            ParseInclude(target);
            return "include";
        }

        var keyToken = Current;
        var path = ParseKey();
        var key = HoconPath.Render(path);
        SkipWhitespace();
        HoconValue value;
        switch (Current.Kind)
        {
            case HoconTokenKind.Equals or HoconTokenKind.Colon:
                _index++;
                SkipBlank();
                value = ParseValue($"key '{key}'");
                break;
            case HoconTokenKind.LeftBrace:
                value = ParseObject();
                break;
            default:
                throw Unexpected($"'=' or ':' or '{{' after key '{key}'");
        }

        target.Merge(path[0], Nest(path, value, keyToken.Position));
        return key;
    }

    /// <summary>Turns <c>a.b.c = v</c> into <c>a { b { c = v } }</c> (the value of <c>a</c>).</summary>
    private static HoconValue Nest(IReadOnlyList<string> path, HoconValue value, SourcePosition position)
    {
        for (var i = path.Count - 1; i >= 1; i--)
        {
            var wrapper = new HoconObject(position);
            wrapper.Merge(path[i], value);
            value = wrapper;
        }

        return value;
    }

    private void SkipWhitespace()
    {
        while (Current.Kind == HoconTokenKind.Whitespace)
        {
            _index++;
        }
    }

    private void SkipBlank()
    {
        while (Current.Kind is HoconTokenKind.Whitespace or HoconTokenKind.Newline)
        {
            _index++;
        }
    }

    private HoconException Unexpected(string expected) =>
        new(Current.Position, $"expected {expected} but found {Current.Describe()}");
}
