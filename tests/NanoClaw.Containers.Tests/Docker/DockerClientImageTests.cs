using System.Formats.Tar;
using System.Text;
using NanoClaw.Containers.Docker;
using NanoClaw.Containers.Docker.Models;
using NanoClaw.Containers.Images;
using NanoClaw.Containers.Tests.Support;

namespace NanoClaw.Containers.Tests.Docker;

[Collection(DockerCollection.Name)]
public sealed class DockerClientImageTests(DockerEngineFixture engine)
{
    private static async Task<MemoryStream> TarContextAsync(string dockerfile)
    {
        var tar = new MemoryStream();
        await using (var writer = new TarWriter(tar, TarEntryFormat.Pax, leaveOpen: true))
        {
            var entry = new PaxTarEntry(TarEntryType.RegularFile, "Dockerfile")
            {
                DataStream = new MemoryStream(Encoding.UTF8.GetBytes(dockerfile)),
            };
            await writer.WriteEntryAsync(entry);
        }

        tar.Position = 0;
        return tar;
    }

    [DockerFact]
    public async Task InspectImage_AgentImage_CarriesInputsHashAndUser()
    {
        var image = await engine.Client.InspectImageAsync(engine.Image);

        Assert.StartsWith("sha256:", image.Id, StringComparison.Ordinal);
        Assert.NotNull(image.Config?.Labels);
        Assert.Matches("^[0-9a-f]{16}$", image.Config!.Labels![ImageBuilder.InputsHashLabel]);
        Assert.Equal("1000:1000", image.Config.User);
    }

    [DockerFact]
    public async Task InspectImage_MissingImage_ThrowsNotFoundWithEngineMessage()
    {
        var ex = await Assert.ThrowsAsync<DockerApiException>(() => engine.Client.InspectImageAsync("nanoclaw-no-such-image:never"));

        Assert.True(ex.IsNotFound);
        Assert.Contains("no such image", ex.EngineMessage, StringComparison.OrdinalIgnoreCase);
        Assert.Null(await engine.Client.TryInspectImageAsync("nanoclaw-no-such-image:never"));
    }

    [DockerFact]
    public async Task BuildImage_TarContext_BuildsLabelledImageAndReportsSteps()
    {
        var tag = $"nanoclaw-test-build:{engine.RunId}";
        var lines = new List<string>();
        await using var context = await TarContextAsync("ARG BASE\nFROM ${BASE}\nRUN echo built > /tmp/built.txt\n");
        try
        {
            var id = await engine.Client.BuildImageAsync(
                context,
                new ImageBuildParameters(tag, BuildArgs: new Dictionary<string, string> { ["BASE"] = engine.Image },
                    Labels: new Dictionary<string, string> { ["nanoclaw.test"] = "yes" }),
                new SynchronousProgress<string>(lines.Add));

            var image = await engine.Client.InspectImageAsync(tag);
            Assert.Equal(id, image.Id);
            Assert.Equal("yes", image.Config!.Labels!["nanoclaw.test"]);
            Assert.Contains(lines, l => l.Contains("RUN echo built", StringComparison.Ordinal));
        }
        finally
        {
            await engine.Client.RemoveImageAsync(tag, force: true);
        }
    }

    [DockerFact]
    public async Task BuildImage_FailingStep_ThrowsWithEngineMessage()
    {
        var tag = $"nanoclaw-test-broken:{engine.RunId}";
        await using var context = await TarContextAsync($"FROM {engine.Image}\nRUN echo about to fail && exit 3\n");

        var ex = await Assert.ThrowsAsync<DockerBuildException>(
            () => engine.Client.BuildImageAsync(context, new ImageBuildParameters(tag)));

        Assert.Contains("non-zero code: 3", ex.EngineMessage, StringComparison.Ordinal);
        Assert.Null(await engine.Client.TryInspectImageAsync(tag));
    }
}
