using NanoClaw.Containers.Docker;
using NanoClaw.Containers.Docker.Models;
using NanoClaw.Containers.Tests.Support;

namespace NanoClaw.Containers.Tests.Docker;

[Collection(DockerCollection.Name)]
public sealed class DockerClientContainerTests(DockerEngineFixture engine)
{
    private DockerClient Client => engine.Client;

    [DockerFact]
    public async Task CreateStartLogsWaitRemove_ShortScript_RoundTrips()
    {
        var created = await Client.CreateContainerAsync(
            engine.ShellContainer("echo hello; echo oops >&2; exit 7"), $"nanoclaw-test-{engine.RunId}-roundtrip");
        await Client.StartContainerAsync(created.Id);

        var (stdout, stderr) = await LogCollector.CollectAsync(Client, created.Id);
        var exit = await Client.WaitContainerAsync(created.Id);
        await Client.RemoveContainerAsync(created.Id);

        Assert.Equal("hello\n", stdout);
        Assert.Equal("oops\n", stderr);
        Assert.Equal(7, exit.StatusCode);
        var gone = await Assert.ThrowsAsync<DockerApiException>(() => Client.InspectContainerAsync(created.Id));
        Assert.True(gone.IsNotFound);
    }

    [DockerFact]
    public async Task CreateContainer_AllOptions_VisibleInInspect()
    {
        var request = engine.ShellContainer("true", new HostConfig
        {
            NetworkMode = "none",
            Memory = 256L * 1024 * 1024,
            MemorySwap = 256L * 1024 * 1024,
            NanoCpus = 500_000_000,
            PidsLimit = 64,
            CapDrop = ["ALL"],
            SecurityOpt = ["no-new-privileges:true"],
            ReadonlyRootfs = true,
            Tmpfs = new Dictionary<string, string> { ["/tmp"] = "rw,nosuid,size=16m" },
            Binds = ["/etc/hostname:/mnt/hostname:ro"],
            Mounts = [new MountSpec("/mnt/os-release", "/etc/os-release", ReadOnly: true)],
        }) with
        {
            User = "1000:1000",
            WorkingDir = "/workspace/group",
            Env = ["TZ=Europe/Berlin"],
        };

        var created = await Client.CreateContainerAsync(request, null);
        var inspect = await Client.InspectContainerAsync(created.Id);
        await Client.RemoveContainerAsync(created.Id);

        var host = inspect.HostConfig!;
        Assert.Equal("none", host.NetworkMode);
        Assert.Equal(256L * 1024 * 1024, host.Memory);
        Assert.Equal(500_000_000, host.NanoCpus);
        Assert.Equal(64, host.PidsLimit);
        Assert.Equal(["ALL"], host.CapDrop);
        Assert.Equal(["no-new-privileges:true"], host.SecurityOpt);
        Assert.True(host.ReadonlyRootfs);
        Assert.Equal("rw,nosuid,size=16m", host.Tmpfs!["/tmp"]);
        Assert.Contains(inspect.Mounts!, m => m.Destination == "/mnt/hostname" && !m.Rw);
        Assert.Contains(inspect.Mounts!, m => m.Destination == "/mnt/os-release" && !m.Rw);
        Assert.Equal("1000:1000", inspect.Config!.User);
        Assert.Equal("/workspace/group", inspect.Config.WorkingDir);
        Assert.Contains("TZ=Europe/Berlin", inspect.Config.Env!);
        Assert.Equal(engine.RunId, inspect.Config.Labels!["nanoclaw.install"]);
    }

    [DockerFact]
    public async Task ReadLogs_TtyContainer_DecodesRawStream()
    {
        // The line ends in a newline: the engine logs a TTY's unterminated last line only at exit,
        // which can come after a follow has ended. The pty turns \n into \r\n.
        var created = await Client.CreateContainerAsync(engine.ShellContainer("printf 'tty says hi\\n'") with { Tty = true }, null);
        await Client.StartContainerAsync(created.Id);

        var (stdout, stderr) = await LogCollector.CollectAsync(Client, created.Id, tty: true);
        await Client.RemoveContainerAsync(created.Id);

        Assert.Equal("tty says hi\r\n", stdout);
        Assert.Empty(stderr);
    }

    [DockerFact]
    public async Task StopContainer_IgnoresSigterm_KilledAfterGrace()
    {
        var created = await Client.CreateContainerAsync(engine.ShellContainer("trap '' TERM; while :; do sleep 1; done"), null);
        await Client.StartContainerAsync(created.Id);

        await Client.StopContainerAsync(created.Id, TimeSpan.FromSeconds(1));
        var inspect = await Client.InspectContainerAsync(created.Id);
        await Client.StopContainerAsync(created.Id, TimeSpan.FromSeconds(1)); // already stopped: not an error
        await Client.RemoveContainerAsync(created.Id);

        Assert.False(inspect.State!.Running);
        Assert.Equal(137, inspect.State.ExitCode);
    }

    [DockerFact]
    public async Task KillContainer_Running_ExitsWithSignal_AndNotRunningIsConflict()
    {
        var created = await Client.CreateContainerAsync(engine.ShellContainer("sleep 60"), null);
        await Client.StartContainerAsync(created.Id);

        await Client.KillContainerAsync(created.Id);
        var exit = await Client.WaitContainerAsync(created.Id);
        var again = await Assert.ThrowsAsync<DockerApiException>(() => Client.KillContainerAsync(created.Id));
        await Client.RemoveContainerAsync(created.Id);

        Assert.Equal(137, exit.StatusCode);
        Assert.True(again.IsConflict);
    }

    [DockerFact]
    public async Task RemoveContainer_Running_ForceRemoves()
    {
        var created = await Client.CreateContainerAsync(engine.ShellContainer("sleep 60"), null);
        await Client.StartContainerAsync(created.Id);

        await Client.RemoveContainerAsync(created.Id, force: true);

        var ex = await Assert.ThrowsAsync<DockerApiException>(() => Client.InspectContainerAsync(created.Id));
        Assert.True(DockerClient.IsGone(ex));
    }

    [DockerFact]
    public async Task ListContainers_ByLabel_ReturnsOnlyMatching()
    {
        var mine = await Client.CreateContainerAsync(engine.ShellContainer("true", installId: $"{engine.RunId}-a"), null);
        var other = await Client.CreateContainerAsync(engine.ShellContainer("true", installId: $"{engine.RunId}-b"), null);

        var listed = await Client.ListContainersAsync([$"nanoclaw.install={engine.RunId}-a", DockerEngineFixture.TestRunLabel]);
        await Client.RemoveContainerAsync(mine.Id);
        await Client.RemoveContainerAsync(other.Id);

        var only = Assert.Single(listed);
        Assert.Equal(mine.Id, only.Id);
        Assert.Equal("created", only.State);
    }

    [DockerFact]
    public async Task CreateContainer_UnknownImage_ThrowsNotFoundWithEngineMessage()
    {
        var request = engine.ShellContainer("true") with { Image = "nanoclaw-no-such-image:never" };

        var ex = await Assert.ThrowsAsync<DockerApiException>(() => Client.CreateContainerAsync(request, null));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, ex.StatusCode);
        Assert.Contains("nanoclaw-no-such-image", ex.Message, StringComparison.Ordinal);
    }

    [DockerFact]
    public async Task CreateContainer_InvalidName_ThrowsBadRequest()
    {
        var ex = await Assert.ThrowsAsync<DockerApiException>(
            () => Client.CreateContainerAsync(engine.ShellContainer("true"), "bad name/with slash"));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, ex.StatusCode);
        Assert.Contains("Invalid container name", ex.EngineMessage, StringComparison.OrdinalIgnoreCase);
    }
}
