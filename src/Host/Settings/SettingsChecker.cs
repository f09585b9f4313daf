using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace NanoClaw.Host.Settings;

/// <summary>
/// Runs before binding: every key under the section must name a property, and every value must
/// convert to its property's type. The binder would either ignore a misspelt key or throw an
/// exception without the HOCON key; this reports both as one line each.
/// </summary>
internal static class SettingsChecker
{
    public static List<string> Check(IConfigurationSection section, Type optionsType)
    {
        var problems = new List<string>();
        CheckObject(section, optionsType, problems);
        return problems;
    }

    private static void CheckObject(IConfigurationSection section, Type type, List<string> problems)
    {
        var children = section.GetChildren().ToList();
        if (children.Count == 0 && section.Value is { } scalar)
        {
            problems.Add(Invalid(section, scalar, "must be an object { … }"));
            return;
        }

        var properties = SettingsKeys.Bindable(type).ToDictionary(SettingsKeys.KeyOf, StringComparer.OrdinalIgnoreCase);
        foreach (var child in children)
        {
            if (properties.TryGetValue(child.Key, out var property))
            {
                CheckValue(child, property.PropertyType, property, problems);
                continue;
            }

            var suggestion = KeySuggestion.Closest(child.Key, properties.Keys);
            problems.Add($"{SettingsKeys.Display(child.Path)} is not a known setting" + (suggestion is null ? string.Empty : $" (did you mean '{suggestion}'?)"));
        }
    }

    private static void CheckValue(IConfigurationSection section, Type type, PropertyInfo? property, List<string> problems)
    {
        if (SettingsKeys.IsOptionsClass(type))
        {
            CheckObject(section, type, problems);
            return;
        }

        var children = section.GetChildren().ToList();
        if (SettingsKeys.DictionaryValueType(type) is { } valueType)
        {
            if (children.Count == 0 && section.Value is { } scalar)
            {
                problems.Add(Invalid(section, scalar, "must be an object { … }"));
            }

            children.ForEach(child => CheckValue(child, valueType, null, problems));
            return;
        }

        if (children.Count > 0)
        {
            problems.Add($"{SettingsKeys.Display(section.Path)} is invalid: must be a single value, not an object or a list");
            return;
        }

        if (section.Value is { } value && !SettingValues.CanConvert(value, type))
        {
            var range = ValidationText.RangeOf(property);
            problems.Add(Invalid(section, value, SettingValues.Expected(type) + (range is null ? string.Empty : $", {range}")));
        }
    }

    private static string Invalid(IConfigurationSection section, string value, string expected)
    {
        var key = SettingsKeys.Display(section.Path);
        return $"{key} = {SecretMask.Apply(key, value)} is invalid: {expected}";
    }
}
