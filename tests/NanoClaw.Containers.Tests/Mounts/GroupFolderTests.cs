using NanoClaw.Containers.Mounts;

namespace NanoClaw.Containers.Tests.Mounts;

public sealed class GroupFolderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("nanoclaw-groups-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("main")]
    [InlineData("family_chat")]
    [InlineData("team-42")]
    [InlineData("A")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123")]
    public void IsValid_GoodNames_True(string folder) => Assert.True(GroupFolder.IsValid(folder));

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("-leading-dash")]
    [InlineData("_leading")]
    [InlineData("has space")]
    [InlineData("dot.name")]
    [InlineData("../escape")]
    [InlineData("a/b")]
    [InlineData("colon:x")]
    [InlineData("01234567890123456789012345678901234567890123456789012345678901234")]
    [InlineData("global")]
    [InlineData("GLOBAL")]
    public void IsValid_BadNames_False(string? folder) => Assert.False(GroupFolder.IsValid(folder));

    [Fact]
    public void Problem_Reserved_SaysSo()
    {
        Assert.Contains("reserved", GroupFolder.Problem("global"), StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_ValidName_IsUnderGroupsRoot()
    {
        Assert.Equal(Path.Join(_root, "family"), GroupFolder.Resolve(_root, "family"));
    }

    [Fact]
    public void Resolve_FolderSymlinkedOutOfGroups_Throws()
    {
        var outside = Directory.CreateTempSubdirectory("nanoclaw-outside-").FullName;
        try
        {
            File.CreateSymbolicLink(Path.Join(_root, "sneaky"), outside);

            var ex = Assert.Throws<ArgumentException>(() => GroupFolder.Resolve(_root, "sneaky"));

            Assert.Contains("outside", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(outside);
        }
    }

    [Fact]
    public void Resolve_InvalidName_Throws()
    {
        Assert.Throws<ArgumentException>(() => GroupFolder.Resolve(_root, "../etc"));
    }
}
