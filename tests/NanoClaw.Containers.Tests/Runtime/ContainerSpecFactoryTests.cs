using NanoClaw.Containers.Mounts;
using NanoClaw.Containers.Runtime;

namespace NanoClaw.Containers.Tests.Runtime;

public sealed class ContainerSpecFactoryTests
{
    private static readonly PlannedMount GroupMount = new("/srv/nanoclaw/groups/family", "/workspace/group", false);

    private static GroupContainerFacts Facts(IReadOnlyDictionary<string, string>? settings = null, string folder = "family", string runId = "1700000000000") =>
        new(folder, false, "install1", runId, "UTC", [GroupMount], settings);

    [Fact]
    public void Create_Defaults_IsolatedSpec()
    {
        var spec = ContainerSpecFactory.Create(Facts(), new ContainerOptions());

        Assert.Equal("nanoclaw-family-1700000000000", spec.Name);
        Assert.Equal("nanoclaw-agent:latest", spec.Image);
        Assert.Equal("none", spec.NetworkMode);
        Assert.Equal("1000:1000", spec.User);
        Assert.Equal("/workspace/group", spec.WorkingDirectory);
        Assert.Equal(1L << 30, spec.MemoryBytes);
        Assert.Equal(1_000_000_000, spec.NanoCpus);
        Assert.Equal(256, spec.PidsLimit);
        Assert.Equal(
            new Dictionary<string, string> { ["nanoclaw.install"] = "install1", ["nanoclaw.group"] = "family", ["nanoclaw.run"] = "1700000000000" },
            spec.Labels);
        Assert.Equal(new Dictionary<string, string> { ["TZ"] = "UTC" }, spec.Environment);
        Assert.Null(spec.Entrypoint);
    }

    [Fact]
    public void Create_AllowedSettings_PassAlongsideTz()
    {
        var spec = ContainerSpecFactory.Create(
            Facts(new Dictionary<string, string> { ["NANOCLAW_MODEL"] = "claude-sonnet", ["NANOCLAW_IS_MAIN"] = "0" }), new ContainerOptions());

        Assert.Equal(["NANOCLAW_IS_MAIN", "NANOCLAW_MODEL", "TZ"], spec.Environment.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("ANTHROPIC_API_KEY", "sk-ant-123")]
    [InlineData("OPENAI_API_KEY", "whatever")]
    [InlineData("TELEGRAM_BOT_TOKEN", "123:abc")]
    [InlineData("AWS_SECRET_ACCESS_KEY", "x")]
    [InlineData("PATH", "/evil")]
    [InlineData("LD_PRELOAD", "/tmp/x.so")]
    [InlineData("HTTPS_PROXY", "http://127.0.0.1:1")]
    [InlineData("nanoclaw_model", "lower-case key is another key")]
    public void Create_KeyNotOnAllowlist_Throws(string key, string value)
    {
        var ex = Assert.Throws<ArgumentException>(
            () => ContainerSpecFactory.Create(Facts(new Dictionary<string, string> { [key] = value }), new ContainerOptions()));

        Assert.Contains($"'{key}' is not on the container allowlist", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sk-ant-api03-abcdef")]
    [InlineData("sk-proj-abc")]
    [InlineData("xoxb-123-456")]
    [InlineData("ghp_abcdef")]
    [InlineData("Bearer abc")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.e30.x")]
    public void Create_SecretLookingValueUnderAllowedKey_Throws(string value)
    {
        var ex = Assert.Throws<ArgumentException>(
            () => ContainerSpecFactory.Create(Facts(new Dictionary<string, string> { ["NANOCLAW_MODEL"] = value }), new ContainerOptions()));

        Assert.Contains("looks like a credential", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ProcessEnvironmentSecrets_NeverCopied()
    {
        Environment.SetEnvironmentVariable("ANTHROPIC_API_KEY", "sk-ant-test-only");
        try
        {
            var spec = ContainerSpecFactory.Create(Facts(), new ContainerOptions());
            var request = ContainerSpecMapper.ToCreateRequest(spec);

            Assert.Equal(["TZ=UTC"], request.Env);
        }
        finally
        {
            Environment.SetEnvironmentVariable("ANTHROPIC_API_KEY", null);
        }
    }

    [Fact]
    public void ToCreateRequest_SpecAlteredWithSecret_Throws()
    {
        var spec = ContainerSpecFactory.Create(Facts(), new ContainerOptions()) with
        {
            Environment = new Dictionary<string, string> { ["TZ"] = "UTC", ["ANTHROPIC_API_KEY"] = "sk-ant-x" },
        };

        Assert.Throws<ArgumentException>(() => ContainerSpecMapper.ToCreateRequest(spec));
    }

    [Fact]
    public void ToCreateRequest_Always_DropsCapsNoNewPrivsReadOnlyRootTmpfs()
    {
        var request = ContainerSpecMapper.ToCreateRequest(ContainerSpecFactory.Create(Facts(), new ContainerOptions()));

        var host = request.HostConfig!;
        Assert.Equal(["ALL"], host.CapDrop);
        Assert.Equal(["no-new-privileges:true"], host.SecurityOpt);
        Assert.True(host.ReadonlyRootfs);
        Assert.Equal($"rw,nosuid,nodev,size={256L << 20}", host.Tmpfs!["/tmp"]);
        Assert.Equal(host.Memory, host.MemorySwap);
        Assert.Null(host.Binds);
        var mount = Assert.Single(host.Mounts!);
        Assert.Equal(("bind", "/srv/nanoclaw/groups/family", "/workspace/group", false), (mount.Type, mount.Source, mount.Target, mount.ReadOnly));
    }

    [Theory]
    [InlineData("host")]
    [InlineData("bridge")]
    [InlineData("container:abc")]
    [InlineData("bad name")]
    public void Create_ForbiddenNetworkMode_Throws(string mode)
    {
        Assert.Throws<ArgumentException>(() => ContainerSpecFactory.Create(Facts(), new ContainerOptions { NetworkMode = mode }));
    }

    [Fact]
    public void Create_OptedIntoNamedNetwork_Kept()
    {
        Assert.Equal("agents-net", ContainerSpecFactory.Create(Facts(), new ContainerOptions { NetworkMode = "agents-net" }).NetworkMode);
    }

    [Theory]
    [InlineData("global", "1")]
    [InlineData("../x", "1")]
    [InlineData("family", "")]
    [InlineData("family", "UPPER")]
    [InlineData("family", "has-dash")]
    [InlineData("family", "012345678901234567890123456789012")]
    public void Create_InvalidFolderOrRunId_Throws(string folder, string runId)
    {
        Assert.Throws<ArgumentException>(() => ContainerSpecFactory.Create(Facts(folder: folder, runId: runId), new ContainerOptions()));
    }

    [Fact]
    public void Create_UnknownTimeZone_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(
            () => ContainerSpecFactory.Create(Facts() with { TimeZone = "IST-2" }, new ContainerOptions()));

        Assert.Contains("IST-2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_LimitsOutOfRange_Throws()
    {
        Assert.Throws<ArgumentException>(() => ContainerSpecFactory.Create(Facts(), new ContainerOptions { PidsLimit = 0 }));
        Assert.Throws<ArgumentException>(() => ContainerSpecFactory.Create(Facts(), new ContainerOptions { Cpus = 0 }));
        Assert.Throws<ArgumentException>(() => ContainerSpecFactory.Create(Facts(), new ContainerOptions { MemoryBytes = 1024 }));
    }
}
