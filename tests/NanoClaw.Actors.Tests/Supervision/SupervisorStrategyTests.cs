using NanoClaw.Actors.Kernel;
using NanoClaw.Actors.Supervision;

namespace NanoClaw.Actors.Tests.Supervision;

public sealed class SupervisorStrategyTests
{
    [Fact]
    public void DefaultDecider_InitializationKillAndDeathPact_Stop()
    {
        Assert.Equal(Directive.Stop, SupervisorStrategy.DefaultDecider(new ActorInitializationException()));
        Assert.Equal(Directive.Stop, SupervisorStrategy.DefaultDecider(new ActorKilledException()));
        Assert.Equal(Directive.Stop, SupervisorStrategy.DefaultDecider(new DeathPactException()));
    }

    [Fact]
    public void DefaultDecider_OtherExceptions_Restart()
    {
        Assert.Equal(Directive.Restart, SupervisorStrategy.DefaultDecider(new InvalidOperationException()));
        Assert.Equal(Directive.Restart, SupervisorStrategy.DefaultDecider(new IOException()));
    }

    [Fact]
    public void DefaultStrategy_IsOneForOneWithUnlimitedRetries()
    {
        var strategy = SupervisorStrategy.DefaultStrategy;

        Assert.IsType<OneForOneStrategy>(strategy);
        Assert.Equal(-1, strategy.MaxNrOfRetries);
        Assert.Null(strategy.WithinTimeRange);
    }

    [Fact]
    public void Constructor_InfiniteWindow_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new OneForOneStrategy(3, Timeout.InfiniteTimeSpan));
}
