using System.ComponentModel.DataAnnotations;

namespace NanoClaw.Host.Settings;

/// <summary>What every channel block has: an on/off switch and credentials that an enabled channel needs.</summary>
public abstract class ChannelOptions : IValidatableObject
{
    public bool Enabled { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        foreach (var (property, variable, value) in RequiredWhenEnabled())
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                yield return new ValidationResult($"required when the channel is enabled (set {variable})", [property]);
            }
        }
    }

    /// <summary>Credentials an enabled channel cannot run without: property name, environment variable, value.</summary>
    protected abstract IEnumerable<(string Property, string Variable, string? Value)> RequiredWhenEnabled();
}
