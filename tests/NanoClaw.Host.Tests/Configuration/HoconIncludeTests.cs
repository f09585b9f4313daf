using NanoClaw.Host.Configuration;

namespace NanoClaw.Host.Tests.Configuration;

public sealed class HoconIncludeTests
{
    [Fact]
    public void ReadFile_IncludeRelativePath_ReadsFromIncludingFilesFolder()
    {
        using var temp = new TempDirectory();
        temp.Write("conf/base.conf", "a = 1\nb = base");
        var main = temp.Write("conf/main.conf", "include \"base.conf\"\nb = main");

        var data = Read(main);

        Assert.Equal("1", data["a"]);
        Assert.Equal("main", data["b"]);
    }

    [Fact]
    public void ReadFile_NestedInclude_ResolvesEachRelativeToItsOwnFolder()
    {
        using var temp = new TempDirectory();
        temp.Write("deep/inner/c.conf", "c = 3");
        temp.Write("deep/b.conf", "include \"inner/c.conf\"\nb = 2");
        var main = temp.Write("main.conf", "include file(\"deep/b.conf\")\na = 1");

        var data = Read(main);

        Assert.Equal(("1", "2", "3"), (data["a"], data["b"], data["c"]));
    }

    [Fact]
    public void ReadFile_IncludeInsideObject_MergesUnderThatObject()
    {
        using var temp = new TempDirectory();
        temp.Write("part.conf", "x = 1");
        var main = temp.Write("main.conf", "section {\n  include required(\"part.conf\")\n  y = 2\n}");

        var data = Read(main);

        Assert.Equal(("1", "2"), (data["section:x"], data["section:y"]));
    }

    [Fact]
    public void ReadFile_KeysAfterInclude_OverrideIncludedValues()
    {
        using var temp = new TempDirectory();
        temp.Write("base.conf", "n { a = 1, b = 1 }");
        var main = temp.Write("main.conf", "n.a = 0\ninclude \"base.conf\"\nn.b = 2");

        var data = Read(main);

        Assert.Equal(("1", "2"), (data["n:a"], data["n:b"]));
    }

    [Fact]
    public void ReadFile_SubstitutionInIncludedFile_SeesTheWholeDocument()
    {
        using var temp = new TempDirectory();
        temp.Write("base.conf", "name = base\ngreeting = \"hi \"${name}");
        var main = temp.Write("main.conf", "include \"base.conf\"\nname = override");

        Assert.Equal("hi override", Read(main)["greeting"]);
    }

    [Fact]
    public void ReadFile_MissingInclude_ThrowsNamingTheIncludingFileAndLine()
    {
        using var temp = new TempDirectory();
        var main = temp.Write("main.conf", "a = 1\n  include \"missing.conf\"");

        var error = Assert.Throws<HoconException>(() => HoconReader.ReadFile(main));

        Assert.Equal((main, 2, 3), (error.Position.Source, error.Position.Line, error.Position.Column));
        Assert.StartsWith($"{main}:2:3: cannot include \"missing.conf\": file not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_ErrorInIncludedFile_NamesTheIncludedFile()
    {
        using var temp = new TempDirectory();
        temp.Write("sub/bad.conf", "ok = 1\nbroken = \n");
        var main = temp.Write("main.conf", "include \"sub/bad.conf\"");

        var error = Assert.Throws<HoconException>(() => HoconReader.ReadFile(main));

        Assert.Equal(Path.Combine(Path.GetDirectoryName(main)!, "sub", "bad.conf") + ":3:1: expected a value for key 'broken' but found end of file", error.Message);
    }

    [Fact]
    public void ReadFile_IncludeCycle_Throws()
    {
        using var temp = new TempDirectory();
        temp.Write("a.conf", "include \"b.conf\"");
        temp.Write("b.conf", "include \"a.conf\"");

        var error = Assert.Throws<HoconException>(() => HoconReader.ReadFile(Path.Combine(temp.Path, "a.conf")));

        Assert.Contains("include cycle", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Position.Line);
    }

    [Fact]
    public void ReadFile_MissingFile_ThrowsNamingTheFile()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "absent.conf");

        var error = Assert.Throws<HoconException>(() => HoconReader.ReadFile(path));

        Assert.Equal($"{path}:1:1: configuration file not found ({path})", error.Message);
    }

    private static Dictionary<string, string?> Read(string path) =>
        HoconFlattener.Flatten(HoconReader.ReadFile(path, HoconTestDocuments.Lookup));
}
