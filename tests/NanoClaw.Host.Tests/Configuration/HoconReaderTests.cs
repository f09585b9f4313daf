namespace NanoClaw.Host.Tests.Configuration;

public sealed class HoconReaderTests
{
    [Theory]
    // Separators and nesting.
    [InlineData("a = 1", "a=1")]
    [InlineData("a : 1", "a=1")]
    [InlineData("a:1,b=2", "a=1", "b=2")]
    [InlineData("a { b = 1 }", "a:b=1")]
    [InlineData("a = { b = 1 }", "a:b=1")]
    [InlineData("a { b { c = x } }", "a:b:c=x")]
    [InlineData("{ a = 1 }", "a=1")]
    [InlineData("{ \"a\" : { \"b\" : [1, 2] } }", "a:b:0=1", "a:b:1=2")]
    [InlineData("a {\n  b = 1\n  c = 2\n}", "a:b=1", "a:c=2")]
    // Dotted and quoted keys.
    [InlineData("a.b.c = 1", "a:b:c=1")]
    [InlineData("a.b = 1\na.c = 2", "a:b=1", "a:c=2")]
    [InlineData("\"a.b\" = 1", "a.b=1")]
    [InlineData("a.\"b.c\".d = 1", "a:b.c:d=1")]
    [InlineData("max-concurrent = 5", "max-concurrent=5")]
    // Scalars.
    [InlineData("a = hello", "a=hello")]
    [InlineData("a = \"hello world\"", "a=hello world")]
    [InlineData("a = \"tab\\tquote\\\" slash\\/ u\\u0041\"", "a=tab\tquote\" slash/ uA")]
    [InlineData("a = \"\"\"raw \"quoted\" \\n text\"\"\"", "a=raw \"quoted\" \\n text")]
    [InlineData("a = \"\"\"line one\nline two\"\"\"", "a=line one\nline two")]
    [InlineData("a = 42\nb = -1.5\nc = 1e3", "a=42", "b=-1.5", "c=1e3")]
    [InlineData("a = true\nb = false", "a=true", "b=false")]
    [InlineData("a = null", "a=<null>")]
    [InlineData("a = 30m\nb = 2g\nc = 500ms", "a=30m", "b=2g", "c=500ms")]
    [InlineData("a = \"\"", "a=")]
    // Line endings, byte order mark, unicode, keys that look like keywords.
    [InlineData("a = 1\r\nb = 2\r\n", "a=1", "b=2")]
    [InlineData("\uFEFFa = 1", "a=1")]
    [InlineData("name = \"Zoë 🦀\"", "name=Zoë 🦀")]
    [InlineData("include = 5", "include=5")]
    [InlineData("\"key with spaces\" = 1", "key with spaces=1")]
    [InlineData("path = /var/lib/nanoclaw", "path=/var/lib/nanoclaw")]
    [InlineData("host = 127.0.0.1", "host=127.0.0.1")]
    // Comments.
    [InlineData("# comment\na = 1 # trailing\n// other\nb = 2 // trailing", "a=1", "b=2")]
    [InlineData("a = \"# not a comment\"", "a=# not a comment")]
    // Arrays.
    [InlineData("a = [1, 2, 3]", "a:0=1", "a:1=2", "a:2=3")]
    [InlineData("a = [\n  x\n  y,\n  z,\n]", "a:0=x", "a:1=y", "a:2=z")]
    [InlineData("a = [{ b = 1 }, { b = 2 }]", "a:0:b=1", "a:1:b=2")]
    [InlineData("a = [[1], []]", "a:0:0=1", "a:1=<null>")]
    [InlineData("a = []", "a=<null>")]
    [InlineData("a { }", "a=<null>")]
    // Merging: later scalars win, objects merge.
    [InlineData("a = 1\na = 2", "a=2")]
    [InlineData("a { b = 1, c = 1 }\na { c = 2, d = 2 }", "a:b=1", "a:c=2", "a:d=2")]
    [InlineData("a { b = 1 }\na = 5", "a=5")]
    [InlineData("a = 5\na { b = 1 }", "a:b=1")]
    [InlineData("a { b { c = 1 } }\na.b.d = 2", "a:b:c=1", "a:b:d=2")]
    [InlineData("a = [1, 2]\na = [3]", "a:0=3")]
    // Substitutions.
    [InlineData("a = 1\nb = ${a}", "a=1", "b=1")]
    [InlineData("b = ${a}\na = 1", "a=1", "b=1")]
    [InlineData("a { x = 1 }\nb = ${a}", "a:x=1", "b:x=1")]
    [InlineData("a.b.c = deep\nd = ${a.b.c}", "a:b:c=deep", "d=deep")]
    [InlineData("home = ${TEST_HOME}", "home=/home/test")]
    [InlineData("t = ${?TEST_TOKEN}", "t=secret-token")]
    [InlineData("t = ${?TEST_MISSING}", "<none>")]
    [InlineData("t = fallback\nt = ${?TEST_MISSING}", "t=fallback")]
    [InlineData("t = fallback\nt = ${?TEST_TOKEN}", "t=secret-token")]
    [InlineData("a = [1, ${?TEST_MISSING}, 3]", "a:0=1", "a:1=3")]
    [InlineData("a = 1\na = ${b}\nb = 2", "a=2", "b=2")]
    [InlineData("name = Andy\nb = 2\na = ${b}", "name=Andy", "b=2", "a=2")]
    [InlineData("x { a = 1 }\nx = ${y}\ny { b = 2 }", "x:a=1", "x:b=2", "y:b=2")]
    [InlineData("base { a = 1, b = 1 }\nderived = ${base} { b = 2 }", "base:a=1", "base:b=1", "derived:a=1", "derived:b=2")]
    [InlineData("a = [1]\nb = ${a} [2]", "a:0=1", "b:0=1", "b:1=2")]
    // Concatenation.
    [InlineData("a = hello world", "a=hello world")]
    [InlineData("a = foo  bar # comment", "a=foo  bar")]
    [InlineData("name = Andy\ntrigger = \"@\"${name}", "name=Andy", "trigger=@Andy")]
    [InlineData("dir = ${TEST_HOME}/data", "dir=/home/test/data")]
    [InlineData("a = x ${?TEST_MISSING}", "a=x")]
    [InlineData("a = 5 seconds", "a=5 seconds")]
    public void ReadText_ValidDocument_FlattensToExpectedKeys(string document, params string[] expected)
    {
        var actual = HoconTestDocuments.Flatten(document);

        var wanted = expected.Where(pair => pair != "<none>").ToDictionary(
            pair => pair[..pair.IndexOf('=', StringComparison.Ordinal)],
            pair => pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..] is var value && value == "<null>" ? null : value);
        Assert.Equal(wanted.OrderBy(p => p.Key, StringComparer.Ordinal), actual.OrderBy(p => p.Key, StringComparer.Ordinal));
    }
}
