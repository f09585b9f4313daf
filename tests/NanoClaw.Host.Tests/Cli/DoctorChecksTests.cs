using NanoClaw.Host.Cli;

namespace NanoClaw.Host.Tests.Cli;

public sealed class DoctorChecksTests
{
    [Theory]
    [InlineData("builtin,claude-code", "claude-code", DoctorLevel.Ok)]
    [InlineData("builtin", "builtin", DoctorLevel.Ok)]
    [InlineData("builtin", "claude-code", DoctorLevel.Fail)]
    [InlineData(null, "claude-code", DoctorLevel.Fail)]
    [InlineData(null, "builtin", DoctorLevel.Ok)]
    public void CheckImageEngines_ImageLabelAndEngine_FailsOnlyWhenTheEngineIsMissing(string? label, string engine, DoctorLevel expected)
    {
        var labels = label is null ? null : new Dictionary<string, string> { [DoctorChecks.EnginesLabel] = label };

        var finding = DoctorChecks.CheckImageEngines("nanoclaw-agent:latest", labels, engine);

        Assert.Equal(expected, finding.Level);
        Assert.Contains("nanoclaw-agent:latest", finding.What, StringComparison.Ordinal);
    }
}
