using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NanoClaw.Actors.Hosting;
using NanoClaw.Actors.Kernel;

namespace NanoClaw.Actors.Tests.Hosting;

public sealed class ActorSystemHostedServiceTests
{
    private static IHost BuildHost()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddActorSystem("node");
        return builder.Build();
    }

    [Fact]
    public async Task StopHost_TerminatesActorSystemBeforeReturning()
    {
        using var host = BuildHost();
        await host.StartAsync();
        var system = host.Services.GetRequiredService<ActorSystem>();
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        system.ActorOf(Props.Create(() => new SignalsStop(stopped)), "worker");

        await host.StopAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(system.WhenTerminated.IsCompletedSuccessfully);
        Assert.True(stopped.Task.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task SystemTerminatesOnItsOwn_StopsHost()
    {
        using var host = BuildHost();
        await host.StartAsync();
        var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = lifetime.ApplicationStopping.Register(() => stopping.TrySetResult());

        await host.Services.GetRequiredService<ActorSystem>().Terminate().WaitAsync(TimeSpan.FromSeconds(5));

        await stopping.Task.WaitAsync(TimeSpan.FromSeconds(5));
        await host.StopAsync().WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void AddActorSystem_UsesRegisteredTimeProvider()
    {
        var time = new NanoClaw.Actors.Testing.ManualTimeProvider();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddActorSystem("node", (_, options) => options with { Throughput = 5 });
        using var host = builder.Build();

        using var system = host.Services.GetRequiredService<ActorSystem>();

        Assert.Same(time, system.TimeProvider);
        Assert.Equal(5, system.Options.Throughput);
    }

    private sealed class SignalsStop(TaskCompletionSource stopped) : ReceiveActor
    {
        protected override void PostStop() => stopped.TrySetResult();
    }
}
