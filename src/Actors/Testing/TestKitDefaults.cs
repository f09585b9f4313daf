namespace NanoClaw.Actors.Testing;

/// <summary>Defaults of the test kit, mirroring Akka.TestKit's.</summary>
public static class TestKitDefaults
{
    /// <summary>How long an expectation waits when given no duration outside a Within block: 3 seconds.</summary>
    public static readonly TimeSpan SingleExpectDefault = TimeSpan.FromSeconds(3);

    /// <summary>The poll interval of AwaitAssert and AwaitCondition: 50 milliseconds.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);
}
