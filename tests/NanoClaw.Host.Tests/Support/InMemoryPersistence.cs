namespace NanoClaw.Host.Tests.Support;

/// <summary>Akka settings for a plain <c>TestKit</c> whose persistent actors need a journal but not the node's SQLite one.</summary>
internal static class InMemoryPersistence
{
    public const string Config = """
        akka.persistence.journal.plugin = "akka.persistence.journal.inmem"
        akka.persistence.snapshot-store.plugin = "akka.persistence.snapshot-store.inmem"
        """;
}
