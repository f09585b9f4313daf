using System.ComponentModel.DataAnnotations;

namespace NanoClaw.Host.Settings;

/// <summary>Where the event journal and snapshots live.</summary>
public sealed class PersistenceOptions : IValidatableObject
{
    public PersistenceProvider Provider { get; set; } = PersistenceProvider.Sqlite;

    public SqliteOptions Sqlite { get; set; } = new();

    public PostgresOptions Postgres { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider == PersistenceProvider.Postgres && string.IsNullOrWhiteSpace(Postgres.ConnectionString))
        {
            yield return new ValidationResult(
                "required when persistence.provider = postgres (set NANOCLAW_POSTGRES)",
                ["Postgres.ConnectionString"]);
        }
    }
}
