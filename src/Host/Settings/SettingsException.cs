namespace NanoClaw.Host.Settings;

/// <summary>
/// Settings that do not bind or do not validate. <see cref="Exception.Message"/> is one line naming
/// the first bad key, its value and what is allowed; <see cref="Problems"/> holds all of them.
/// </summary>
public sealed class SettingsException : Exception
{
    public SettingsException(IReadOnlyList<string> problems)
        : base(Summarize(problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<string> Problems { get; }

    /// <summary>The first problem, and how many more there are.</summary>
    public static string Summarize(IReadOnlyList<string> problems) => problems.Count switch
    {
        0 => "invalid settings",
        1 => problems[0],
        _ => $"{problems[0]} (and {problems.Count - 1} more)",
    };
}
