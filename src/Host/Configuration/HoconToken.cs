namespace NanoClaw.Host.Configuration;

/// <summary>
/// One lexical token. <see cref="Text"/> is the decoded text for strings, the raw text for unquoted
/// runs and whitespace, and the path expression for substitutions.
/// </summary>
public sealed record HoconToken(HoconTokenKind Kind, string Text, SourcePosition Position, bool Optional = false)
{
    /// <summary>How the token reads in an error message.</summary>
    public string Describe() => Kind switch
    {
        HoconTokenKind.LeftBrace => "'{'",
        HoconTokenKind.RightBrace => "'}'",
        HoconTokenKind.LeftBracket => "'['",
        HoconTokenKind.RightBracket => "']'",
        HoconTokenKind.Comma => "','",
        HoconTokenKind.Equals => "'='",
        HoconTokenKind.Colon => "':'",
        HoconTokenKind.Newline => "end of line",
        HoconTokenKind.Whitespace => "whitespace",
        HoconTokenKind.Quoted => $"\"{Text}\"",
        HoconTokenKind.Substitution => Optional ? $"'${{?{Text}}}'" : $"'${{{Text}}}'",
        HoconTokenKind.End => "end of file",
        _ => $"'{Text}'",
    };
}
