using NanoClaw.Channels.Common;

namespace NanoClaw.Channels.Tests.Common;

public sealed class FileOffsetStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "nanoclaw-offsets-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task LoadAsync_NothingSaved_Null()
    {
        Assert.Null(await new FileOffsetStore(_folder).LoadAsync("telegram", CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_ThenNewStore_SameOffsetAndNoTemporaryLeft()
    {
        await new FileOffsetStore(_folder).SaveAsync("telegram", 41, CancellationToken.None);
        await new FileOffsetStore(_folder).SaveAsync("telegram", 42, CancellationToken.None);

        Assert.Equal(42, await new FileOffsetStore(_folder).LoadAsync("telegram", CancellationToken.None));
        Assert.Equal(["telegram.offset"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }
}
