namespace NanoClaw.Host.Configuration;

public enum HoconTokenKind
{
    LeftBrace,
    RightBrace,
    LeftBracket,
    RightBracket,
    Comma,
    Equals,
    Colon,
    Newline,
    Whitespace,
    Unquoted,
    Quoted,
    Substitution,
    End,
}
