using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace NanoClaw.Host.Settings;

/// <summary>Validates <see cref="NanoClawOptions"/> for the options pipeline (and so for <c>ValidateOnStart</c>).</summary>
public sealed class NanoClawOptionsValidator : IValidateOptions<NanoClawOptions>
{
    private readonly IConfiguration _configuration;

    public NanoClawOptionsValidator(IConfiguration configuration)
    {
        _configuration = configuration;
    }

    public ValidateOptionsResult Validate(string? name, NanoClawOptions options)
    {
        var problems = NanoClawSettings.Validate(_configuration, options);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
