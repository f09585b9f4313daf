using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace NanoClaw.Host.Settings;

/// <summary>
/// Runs the data annotations of bound options, walking nested option classes, and phrases each
/// failure with the HOCON key and the value as written: <c>key = value is invalid: allowed</c>.
/// </summary>
internal static class SettingsValidator
{
    public static List<string> Validate(object options, IConfigurationSection section)
    {
        var problems = new List<string>();
        ValidateObject(options, section, problems);
        return problems;
    }

    private static void ValidateObject(object instance, IConfigurationSection section, List<string> problems)
    {
        foreach (var property in SettingsKeys.Bindable(instance.GetType()))
        {
            var child = SettingsKeys.ChildOf(section, property);
            var value = property.GetValue(instance);
            foreach (var attribute in property.GetCustomAttributes<ValidationAttribute>())
            {
                if (!attribute.IsValid(value))
                {
                    problems.Add(Problem(child, value, ValidationText.Describe(attribute)));
                }
            }

            if (value is not null && SettingsKeys.IsOptionsClass(property.PropertyType))
            {
                ValidateObject(value, child, problems);
            }
        }

        if (instance is IValidatableObject validatable)
        {
            foreach (var result in validatable.Validate(new ValidationContext(instance)))
            {
                var (memberSection, memberValue) = Locate(instance, section, result.MemberNames.FirstOrDefault());
                problems.Add(Problem(memberSection, memberValue, result.ErrorMessage ?? "is invalid"));
            }
        }
    }

    /// <summary>Finds the section and value of a member name such as <c>Postgres.ConnectionString</c>.</summary>
    private static (IConfigurationSection Section, object? Value) Locate(object instance, IConfigurationSection section, string? member)
    {
        object? value = instance;
        foreach (var name in (member ?? string.Empty).Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var property = value?.GetType().GetProperty(name);
            if (property is null)
            {
                break;
            }

            section = SettingsKeys.ChildOf(section, property);
            value = property.GetValue(value);
        }

        return (section, value);
    }

    private static string Problem(IConfigurationSection section, object? bound, string allowed)
    {
        var key = SettingsKeys.Display(section.Path);
        var written = section.Value ?? Convert.ToString(bound, CultureInfo.InvariantCulture);
        return string.IsNullOrEmpty(written)
            ? $"{key} is not set: {allowed}"
            : $"{key} = {SecretMask.Apply(key, written)} is invalid: {allowed}";
    }
}
