namespace NanoClaw.Host.Tests.Configuration;

public sealed class HoconReaderErrorTests
{
    [Theory]
    [InlineData("foo bar = 1", "test.conf:1:5: expected '=' or ':' or '{' after key 'foo' but found 'bar'")]
    [InlineData("a = ", "test.conf:1:5: expected a value for key 'a' but found end of file")]
    [InlineData("a = 1\nb {\n  c = \n}", "test.conf:4:1: expected a value for key 'c' but found '}'")]
    [InlineData("a = \"abc", "test.conf:1:5: unterminated quoted string: expected '\"' before the end of the line")]
    [InlineData("a = \"\"\"abc", "test.conf:1:5: unterminated triple-quoted string: expected '\"\"\"'")]
    [InlineData("a = \"\\q\"", "test.conf:1:6: expected an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX) but found '\\q'")]
    [InlineData("a = \"\\u12\"", "test.conf:1:6: expected four hex digits after '\\u'")]
    [InlineData("a { b = 1", "test.conf:1:10: expected '}' to close the object opened at 1:3")]
    [InlineData("a = [1, 2", "test.conf:1:10: expected ']' to close the array opened at 1:5")]
    [InlineData("a = [1 2 = 3]", "test.conf:1:10: expected ',' or ']' in the array but found '='")]
    [InlineData("a = 1 }", "test.conf:1:7: expected ',' or a new line after the value of 'a' but found '}'")]
    [InlineData("a = image:latest", "test.conf:1:10: expected ',' or a new line after the value of 'a' but found ':'")]
    [InlineData("a = 1,,b = 2", "test.conf:1:7: expected a field after ',' following 'a' but found ','")]
    [InlineData("a = [1,,2]", "test.conf:1:8: expected an array element after ',' but found ','")]
    [InlineData("= 1", "test.conf:1:1: expected a key but found '='")]
    [InlineData("${a} = 1", "test.conf:1:1: expected a key but found '${a}'")]
    [InlineData("a..b = 1", "test.conf:1:1: expected a key name between the dots in 'a..b'")]
    [InlineData(".a = 1", "test.conf:1:1: expected a key name between the dots in '.a'")]
    [InlineData("[1, 2]", "test.conf:1:1: expected an object at the root of the document, not an array")]
    [InlineData("{ a = 1 } b = 2", "test.conf:1:11: expected end of file after the root object but found 'b'")]
    [InlineData("a = ^", "test.conf:1:5: unexpected character '^' (quote the text if it is part of a value)")]
    [InlineData("a += 1", "test.conf:1:3: '+=' (append) is not supported: write the whole array")]
    [InlineData("a = 1 + 2", "test.conf:1:7: unexpected character '+' (quote the text if it is part of a value)")]
    [InlineData("a = $b", "test.conf:1:5: expected '{' after '$' (substitutions read ${path} or ${?path})")]
    [InlineData("a = ${}", "test.conf:1:5: expected a path inside '${}'")]
    [InlineData("a = ${b", "test.conf:1:5: unterminated substitution: expected '}'")]
    [InlineData("a = ${b\n}", "test.conf:1:5: unterminated substitution: expected '}' before the end of the line")]
    [InlineData("a = ${b.}", "test.conf:1:5: expected a key name between the dots in 'b.'")]
    [InlineData("a = ${nope}", "test.conf:1:5: cannot resolve substitution ${nope}: no setting 'nope' and no environment variable 'nope' (use ${?nope} if it may be absent)")]
    [InlineData("x {\n  a = ${x.b}\n  b = ${x.a}\n}", "test.conf:2:7: substitution cycle: ${x.b} depends on itself")]
    [InlineData("a = ${a}", "test.conf:1:5: substitution cycle: ${a} depends on itself")]
    [InlineData("a = { b = 1 } x", "test.conf:1:5: cannot concatenate an object or array with a string; put them on separate keys")]
    [InlineData("include url(\"http://127.0.0.1/x.conf\")", "test.conf:1:1: expected include \"file\", include file(\"file\") or include classpath(\"name\")")]
    [InlineData("include classpath(\"nothing.conf\")", "test.conf:1:1: cannot include classpath(\"nothing.conf\"): no such embedded resource")]
    public void ReadText_BrokenDocument_ThrowsWithFileLineColumnAndExpectation(string document, string message)
    {
        var error = HoconTestDocuments.ReadError(document);

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void ReadText_BrokenDocument_ReportsPositionSeparately()
    {
        var error = HoconTestDocuments.ReadError("a = 1\n\n   b c = 2");

        Assert.Equal(("test.conf", 3, 6), (error.Position.Source, error.Position.Line, error.Position.Column));
        Assert.StartsWith("expected '=' or ':' or '{' after key 'b'", error.Problem, StringComparison.Ordinal);
    }
}
