using System.ComponentModel.DataAnnotations;

namespace NanoClaw.Host.Settings;

public sealed class SqliteOptions
{
    /// <summary>The database file; a relative path is relative to the data directory.</summary>
    [Required]
    public string File { get; set; } = "nanoclaw.db";
}
