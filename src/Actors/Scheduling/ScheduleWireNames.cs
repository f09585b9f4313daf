using System.Text;

namespace NanoClaw.Actors.Scheduling;

/// <summary>
/// The lowercase, dash-separated names the tools, the API and the store use for the scheduling
/// enums (<c>run-once</c> for <see cref="MisfirePolicy.RunOnce"/>), and their defaults.
/// </summary>
public static class ScheduleWireNames
{
    public static string ToWire<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var wire = new StringBuilder(name.Length + 4);
        foreach (var character in name)
        {
            if (char.IsUpper(character) && wire.Length > 0)
            {
                wire.Append('-');
            }

            wire.Append(char.ToLowerInvariant(character));
        }

        return wire.ToString();
    }

    /// <exception cref="TaskScheduleException">Missing or not one of the allowed names.</exception>
    public static ScheduleType ParseScheduleType(string? text) => Parse<ScheduleType>(text, "schedule_type", null);

    /// <summary>Missing or empty means <see cref="ContextMode.Isolated"/>.</summary>
    public static ContextMode ParseContextMode(string? text) => Parse<ContextMode>(text, "context_mode", ContextMode.Isolated);

    /// <summary>Missing or empty means <see cref="MisfirePolicy.RunOnce"/>.</summary>
    public static MisfirePolicy ParseMisfirePolicy(string? text) => Parse<MisfirePolicy>(text, "misfire_policy", MisfirePolicy.RunOnce);

    public static RunStatus ParseRunStatus(string? text) => Parse<RunStatus>(text, "status", null);

    private static TEnum Parse<TEnum>(string? text, string what, TEnum? whenMissing)
        where TEnum : struct, Enum
    {
        var values = Enum.GetValues<TEnum>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return whenMissing ?? throw new TaskScheduleException($"{what} is required; use {Allowed(values)}");
        }

        foreach (var value in values)
        {
            if (string.Equals(ToWire(value), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        throw new TaskScheduleException($"{what} \"{text}\" is not valid; use {Allowed(values)}");
    }

    private static string Allowed<TEnum>(TEnum[] values)
        where TEnum : struct, Enum
    {
        var names = values.Select(ToWire).ToList();
        return names.Count == 1 ? names[0] : $"{string.Join(", ", names.SkipLast(1))} or {names[^1]}";
    }
}
