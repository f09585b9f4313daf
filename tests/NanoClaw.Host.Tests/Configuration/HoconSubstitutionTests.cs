using NanoClaw.Host.Configuration;

namespace NanoClaw.Host.Tests.Configuration;

/// <summary>Substitutions against the real process environment; every test uses its own variable name.</summary>
public sealed class HoconSubstitutionTests
{
    [Fact]
    public void ReadText_RequiredEnvironmentVariableSet_UsesItsValue()
    {
        var name = UniqueName();
        Environment.SetEnvironmentVariable(name, "from-env");
        try
        {
            var data = HoconFlattener.Flatten(HoconReader.ReadText($"a = ${{{name}}}"));

            Assert.Equal("from-env", data["a"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }

    [Fact]
    public void ReadText_OptionalEnvironmentVariableSet_OverridesEarlierValue()
    {
        var name = UniqueName();
        Environment.SetEnvironmentVariable(name, "from-env");
        try
        {
            var data = HoconFlattener.Flatten(HoconReader.ReadText($"a = default\na = ${{?{name}}}"));

            Assert.Equal("from-env", data["a"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }

    [Fact]
    public void ReadText_OptionalEnvironmentVariableUnset_KeepsEarlierValue()
    {
        var data = HoconFlattener.Flatten(HoconReader.ReadText($"a = default\na = ${{?{UniqueName()}}}"));

        Assert.Equal("default", data["a"]);
    }

    [Fact]
    public void ReadText_OptionalEnvironmentVariableUnsetWithoutDefault_LeavesKeyOut()
    {
        var data = HoconFlattener.Flatten(HoconReader.ReadText($"a = ${{?{UniqueName()}}}\nb = 1"));

        Assert.False(data.ContainsKey("a"));
        Assert.Equal("1", data["b"]);
    }

    [Fact]
    public void ReadText_RequiredEnvironmentVariableUnset_ThrowsNamingPathAndPosition()
    {
        var name = UniqueName();

        var error = Assert.Throws<HoconException>(() => HoconReader.ReadText($"a = 1\nkey = ${{{name}}}", "env.conf"));

        Assert.Equal(
            $"env.conf:2:7: cannot resolve substitution ${{{name}}}: no setting '{name}' and no environment variable '{name}' (use ${{?{name}}} if it may be absent)",
            error.Message);
    }

    [Fact]
    public void ReadText_DocumentPathAndEnvironmentVariableBothExist_DocumentWins()
    {
        var name = UniqueName();
        Environment.SetEnvironmentVariable(name, "from-env");
        try
        {
            var data = HoconFlattener.Flatten(HoconReader.ReadText($"{name} = from-doc\na = ${{{name}}}"));

            Assert.Equal("from-doc", data["a"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }

    private static string UniqueName() => "NANOCLAW_TEST_" + Guid.NewGuid().ToString("N").ToUpperInvariant();
}
