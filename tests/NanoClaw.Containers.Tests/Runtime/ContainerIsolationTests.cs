using NanoClaw.Containers.Runtime;
using NanoClaw.Containers.Tests.Support;

namespace NanoClaw.Containers.Tests.Runtime;

/// <summary>What an agent container can and cannot do, checked from inside it.</summary>
[Collection(DockerCollection.Name)]
public sealed class ContainerIsolationTests(DockerEngineFixture engine) : IDisposable
{
    private readonly RuntimeScenario _scenario = new(engine);

    public void Dispose() => _scenario.Dispose();

    [DockerFact]
    public async Task Container_Network_OnlyLoopback()
    {
        var (result, output) = await _scenario.RunAsync("ls /sys/class/net; grep -c : /proc/net/dev");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("lo\n1\n", output);
    }

    [DockerFact]
    public async Task Container_RootFileSystem_ReadOnlyButTmpWritable()
    {
        var (_, output) = await _scenario.RunAsync(
            "touch /etc/nanoclaw 2>/dev/null && echo etc-writable || echo etc-readonly; " +
            "touch /usr/local/bin/x 2>/dev/null && echo usr-writable || echo usr-readonly; " +
            "touch /tmp/x && echo tmp-writable");

        Assert.Equal("etc-readonly\nusr-readonly\ntmp-writable\n", output);
    }

    [DockerFact]
    public async Task Container_Capabilities_AllDroppedAndNoNewPrivileges()
    {
        var (_, output) = await _scenario.RunAsync("grep -E '^(CapEff|CapPrm|CapBnd|NoNewPrivs):' /proc/self/status; id -u");

        Assert.Contains("CapEff:\t0000000000000000", output, StringComparison.Ordinal);
        Assert.Contains("CapPrm:\t0000000000000000", output, StringComparison.Ordinal);
        Assert.Contains("CapBnd:\t0000000000000000", output, StringComparison.Ordinal);
        Assert.Contains("NoNewPrivs:\t1", output, StringComparison.Ordinal);
        Assert.EndsWith("1000\n", output, StringComparison.Ordinal);
    }

    [DockerFact]
    public async Task Container_HostPathNotMounted_CannotBeRead()
    {
        var secret = Path.Join(_scenario.Root, "not-mounted", "secret.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(secret)!);
        await File.WriteAllTextAsync(secret, "host secret");
        await File.WriteAllTextAsync(Path.Join(_scenario.Groups, "family-note.txt"), "sibling");

        var (_, output) = await _scenario.RunAsync(
            $"cat {secret} 2>/dev/null || echo no-secret; ls /workspace; cat /workspace/group/../family-note.txt 2>/dev/null || echo no-sibling");

        Assert.Equal("no-secret\nglobal\ngroup\nipc\nproxy\nsession\nno-sibling\n", output.Replace("extra\n", "", StringComparison.Ordinal));
    }

    [DockerFact]
    public async Task Container_GroupMounts_GroupWritableGlobalReadOnlyForNonMain()
    {
        await File.WriteAllTextAsync(Path.Join(_scenario.Groups, "global", "CLAUDE.md"), "shared memory");

        var (_, output) = await _scenario.RunAsync(
            "pwd; echo hi > /workspace/group/note.txt && echo group-ok; echo s > /workspace/session/s && echo session-ok; " +
            "cat /workspace/global/CLAUDE.md; echo; (echo x > /workspace/global/x) 2>/dev/null && echo global-writable || echo global-readonly");

        Assert.Equal("/workspace/group\ngroup-ok\nsession-ok\nshared memory\nglobal-readonly\n", output);
        Assert.Equal("hi\n", await File.ReadAllTextAsync(Path.Join(_scenario.Groups, "family", "note.txt")));
    }

    [DockerFact]
    public async Task Container_MainGroup_GlobalWritable()
    {
        var (_, output) = await _scenario.RunAsync("echo x > /workspace/global/x && echo global-writable", folder: "main", isMain: true);

        Assert.Equal("global-writable\n", output);
    }

    [DockerFact]
    public async Task Container_Environment_OnlyTzAndImageDefaults()
    {
        var (_, output) = await _scenario.RunAsync("env | cut -d= -f1 | sort | tr '\\n' ' '");

        Assert.Equal("HOME HOSTNAME LANG PATH PWD TZ ", output);
    }

    [DockerFact]
    public async Task CreateRequest_FromSpec_LimitsVisibleInInspect()
    {
        var spec = _scenario.Spec("true");
        var created = await engine.Client.CreateContainerAsync(ContainerSpecMapper.ToCreateRequest(spec), spec.Name);
        try
        {
            var inspect = await engine.Client.InspectContainerAsync(created.Id);

            var host = inspect.HostConfig!;
            Assert.Equal("none", host.NetworkMode);
            Assert.Equal(2L << 30, host.Memory);
            Assert.Equal(2L << 30, host.MemorySwap);
            Assert.Equal(1_000_000_000, host.NanoCpus);
            Assert.Equal(512, host.PidsLimit);
            Assert.Equal(["ALL"], host.CapDrop);
            Assert.Equal(["no-new-privileges:true"], host.SecurityOpt);
            Assert.True(host.ReadonlyRootfs);
            Assert.StartsWith("rw,nosuid,nodev,size=", host.Tmpfs!["/tmp"], StringComparison.Ordinal);
            Assert.Equal("1000:1000", inspect.Config!.User);
            Assert.Equal("/workspace/group", inspect.Config.WorkingDir);
            Assert.Equal(engine.RunId, inspect.Config.Labels![ContainerLabels.Install]);
            Assert.Equal("family", inspect.Config.Labels[ContainerLabels.Group]);
            Assert.Equal($"/{spec.Name}", inspect.Name);
        }
        finally
        {
            await engine.Client.RemoveContainerAsync(created.Id);
        }
    }
}
