namespace NanoClaw.Actors.Persistence;

/// <summary>
/// One step of a store's schema. Steps are applied in version order, each exactly once, and recorded
/// in the store's <c>schema_version</c> table. A released step is never edited: change the schema by
/// appending a step.
/// </summary>
internal sealed record SchemaMigration(int Version, string Description, string Sql);
