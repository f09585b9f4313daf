namespace NanoClaw.Bench.Suites;

/// <summary>One journal or snapshot row as Akka.Persistence.Sql stores it: the payload already serialized.</summary>
internal sealed record BenchRow(string PersistenceId, long SequenceNr, byte[] Payload, string Manifest, int SerializerId, long CreatedTicks);
