namespace NanoClaw.Actors.Scheduling;

/// <summary>
/// A cron expression that does not parse. The message quotes the expression and, when one field
/// is at fault, names that field (minute, hour, day-of-month, month, day-of-week) and its bad token.
/// </summary>
public sealed class CronFormatException : FormatException
{
    public CronFormatException(string expression, string problem)
        : base($"Invalid cron expression \"{expression}\": {problem}")
    {
        Expression = expression;
    }

    public CronFormatException(string expression, CronField field, string fieldName, string token, string problem)
        : base($"Invalid cron expression \"{expression}\": {fieldName} field: \"{token}\" {problem}")
    {
        Expression = expression;
        Field = field;
        Token = token;
    }

    public string Expression { get; }

    /// <summary>The field at fault, or null when the expression as a whole is wrong.</summary>
    public CronField? Field { get; }

    /// <summary>The offending part of the field, or null when the expression as a whole is wrong.</summary>
    public string? Token { get; }
}
