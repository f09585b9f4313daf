using NanoClaw.Actors.Kernel;

namespace NanoClaw.Actors.Tests.Kernel;

public sealed class ActorPathTests
{
    [Fact]
    public void ToString_Root_IsSlash() => Assert.Equal("/", ActorPath.Root.ToString());

    [Fact]
    public void ToString_Nested_JoinsNamesWithSlashes() =>
        Assert.Equal("/user/groups/family", ActorPath.Root.Child("user").Child("groups").Child("family").ToString());

    [Fact]
    public void Equals_SameNamesSameParents_AreEqual()
    {
        var first = ActorPath.Root.Child("user").Child("a");
        var second = ActorPath.Root.Child("user").Child("a");

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, ActorPath.Root.Child("system").Child("a"));
    }

    [Fact]
    public void Elements_AndDepth_DescribeTheBranch()
    {
        var path = ActorPath.Root.Child("user").Child("a").Child("b");

        Assert.Equal(["user", "a", "b"], path.Elements);
        Assert.Equal(3, path.Depth);
        Assert.Equal("b", path.Name);
        Assert.Equal("/user/a", path.Parent!.ToString());
    }
}
