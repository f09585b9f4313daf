using System.ComponentModel.DataAnnotations;

namespace NanoClaw.Host.Settings;

/// <summary>How agents run inside their containers.</summary>
public sealed class AgentOptions
{
    public const string Auto = "auto";

    /// <summary>
    /// <c>claude-code</c>, <c>builtin</c> or <c>auto</c> (claude-code when the model is Anthropic's,
    /// builtin for OpenAI-compatible and local models and the mock). A group may ask for another.
    /// </summary>
    [AllowedValues(Auto, "claude-code", "builtin")]
    public string Engine { get; set; } = Auto;
}
