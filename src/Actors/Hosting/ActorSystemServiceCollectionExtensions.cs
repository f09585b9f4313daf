using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NanoClaw.Actors.Kernel;

namespace NanoClaw.Actors.Hosting;

/// <summary>Registers an actor system with the generic host.</summary>
public static class ActorSystemServiceCollectionExtensions
{
    /// <summary>
    /// Adds a singleton <see cref="ActorSystem"/> named <paramref name="name"/> and the hosted service that
    /// terminates it when the host stops. The system logs through the container's
    /// <see cref="ILoggerFactory"/> and reads time from its <see cref="TimeProvider"/> when one is registered;
    /// <paramref name="configure"/> may change any option after that.
    /// </summary>
    public static IServiceCollection AddActorSystem(
        this IServiceCollection services,
        string name,
        Func<IServiceProvider, ActorSystemOptions, ActorSystemOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(name);
        services.TryAddSingleton(provider =>
        {
            var options = new ActorSystemOptions
            {
                LoggerFactory = provider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance,
                TimeProvider = provider.GetService<TimeProvider>() ?? TimeProvider.System,
            };
            return ActorSystem.Create(name, configure is null ? options : configure(provider, options));
        });
        services.AddHostedService<ActorSystemHostedService>();
        return services;
    }
}
