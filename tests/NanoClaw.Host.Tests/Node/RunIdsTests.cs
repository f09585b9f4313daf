using Microsoft.Extensions.Time.Testing;
using NanoClaw.Containers.Runtime;
using NanoClaw.Actors.Runs;

namespace NanoClaw.Host.Tests.Node;

public sealed class RunIdsTests
{
    [Fact]
    public void Next_ManyInTheSameSecond_AllDistinctAndValidContainerRunIds()
    {
        var time = new FakeTimeProvider();

        var ids = Enumerable.Range(0, 100_000).Select(_ => RunIds.Next(time)).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids.Take(100), id => ContainerName.For("main", id));
    }
}
