using Akka.Configuration;
using Akka.Hosting;
using Akka.Persistence.Sql.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using NanoClaw.Actors.Persistence;
using NanoClaw.Actors.Node;

namespace NanoClaw.Host.Node;

/// <summary>
/// The node's actor system, one definition for the node and its tests: Akka.Persistence.Sql on the
/// chosen journal, the persisted types bound to <see cref="PersistedSerializer"/> with strict
/// serialization, Akka's log events routed to the node's <see cref="ILoggerFactory"/>
/// (<see cref="AkkaLogForwarder"/>), and the
/// <c>akka { … }</c> settings of HOCON.conf on top.
/// </summary>
public static class NodeAkka
{
    /// <summary>The actor system's name; paths read <c>akka://nanoclaw/user/…</c>.</summary>
    public const string SystemName = "nanoclaw";

    public static AkkaConfigurationBuilder WithNode(
        this AkkaConfigurationBuilder builder, NodeJournal journal, Config settings, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(journal);
        return builder
            .ConfigureLoggers(loggers =>
            {
                loggers.ClearLoggers();
                loggers.AddLogger<AkkaLogForwarder>();
            })
            .AddSetup(new ActorLogging(loggerFactory))
            .WithCustomSerializer(PersistedSerializer.Name, [typeof(IPersisted)], system => new PersistedSerializer(system))
            .WithStrictSerialization()
            .WithSqlPersistence(journal.JournalOptions(), journal.SnapshotOptions())
            // Last, so HOCON.conf's akka settings win over the plugin's defaults.
            .AddHocon(settings, HoconAddMode.Prepend);
    }

    /// <summary>The <c>akka</c> section of the node's configuration as Akka HOCON (empty when there is none).</summary>
    public static Config Settings(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var lines = configuration.GetSection("akka").AsEnumerable()
            .Where(entry => entry.Value is not null)
            .OrderBy(entry => entry.Key, StringComparer.Ordinal)
            .Select(entry => $"{Path(entry.Key)} = {Quote(entry.Value!)}");
        return ConfigurationFactory.ParseString(string.Join('\n', lines));
    }

    private static string Path(string key) => string.Join('.', key.Split(':').Select(Quote));

    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
