namespace NanoClaw.Host.Configuration;

/// <summary>
/// Splits HOCON text into tokens. Comments are dropped; whitespace inside a line is kept as a token
/// because it separates keys from values and is part of unquoted value concatenations.
/// </summary>
public sealed partial class HoconLexer
{
    private const string Forbidden = "$\"{}[]:=,+#`^?!@*&\\";

    private readonly string _text;
    private readonly string _source;
    private readonly List<HoconToken> _tokens = [];
    private int _index;
    private int _line = 1;
    private int _column = 1;

    public HoconLexer(string text, string source)
    {
        _text = text;
        _source = source;
    }

    public IReadOnlyList<HoconToken> Tokenize()
    {
        while (_index < _text.Length)
        {
            ReadToken();
        }

        _tokens.Add(new HoconToken(HoconTokenKind.End, string.Empty, Here()));
        return _tokens;
    }

    private void ReadToken()
    {
        var c = _text[_index];
        var start = Here();
        switch (c)
        {
            case '\n':
                Advance(1);
                Add(HoconTokenKind.Newline, "\n", start);
                return;
            case '#':
                SkipComment();
                return;
            case '/' when Peek(1) == '/':
                SkipComment();
                return;
            case '{': Punctuation(HoconTokenKind.LeftBrace, start); return;
            case '}': Punctuation(HoconTokenKind.RightBrace, start); return;
            case '[': Punctuation(HoconTokenKind.LeftBracket, start); return;
            case ']': Punctuation(HoconTokenKind.RightBracket, start); return;
            case ',': Punctuation(HoconTokenKind.Comma, start); return;
            case '=': Punctuation(HoconTokenKind.Equals, start); return;
            case ':': Punctuation(HoconTokenKind.Colon, start); return;
            case '"':
                ReadString(start);
                return;
            case '$':
                ReadSubstitution(start);
                return;
            case '+' when Peek(1) == '=':
                throw Error(start, "'+=' (append) is not supported: write the whole array");
        }

        if (IsWhitespace(c))
        {
            ReadWhitespace(start);
            return;
        }

        ReadUnquoted(start);
    }

    private void Punctuation(HoconTokenKind kind, SourcePosition start)
    {
        var text = _text[_index].ToString();
        Advance(1);
        Add(kind, text, start);
    }

    private void SkipComment()
    {
        while (_index < _text.Length && _text[_index] != '\n')
        {
            Advance(1);
        }
    }

    private void ReadWhitespace(SourcePosition start)
    {
        var from = _index;
        while (_index < _text.Length && IsWhitespace(_text[_index]))
        {
            Advance(1);
        }

        Add(HoconTokenKind.Whitespace, _text[from.._index], start);
    }

    private static bool IsWhitespace(char c) => c != '\n' && (char.IsWhiteSpace(c) || c == '\uFEFF');

    private char Peek(int offset) => _index + offset < _text.Length ? _text[_index + offset] : '\0';

    private bool LooksAt(string expected) => string.CompareOrdinal(_text, _index, expected, 0, expected.Length) == 0;

    private SourcePosition Here() => new(_source, _line, _column);

    private void Add(HoconTokenKind kind, string text, SourcePosition start, bool optional = false) =>
        _tokens.Add(new HoconToken(kind, text, start, optional));

    private void Advance(int count)
    {
        for (var i = 0; i < count && _index < _text.Length; i++)
        {
            if (_text[_index] == '\n')
            {
                _line++;
                _column = 1;
            }
            else
            {
                _column++;
            }

            _index++;
        }
    }

    private HoconException Error(SourcePosition position, string problem) => new(position, problem);
}
