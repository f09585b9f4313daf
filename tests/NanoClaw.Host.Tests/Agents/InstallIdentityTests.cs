using NanoClaw.Containers.Runtime;
using NanoClaw.Host.Agents;
using NanoClaw.Host.Tests.Configuration;

namespace NanoClaw.Host.Tests.Agents;

public sealed class InstallIdentityTests
{
    [Fact]
    public async Task LoadOrCreateAsync_CalledTwice_ReturnsTheSameValidIdAndStoresIt()
    {
        using var temp = new TempDirectory();
        var data = Path.Join(temp.Path, "data");

        var first = await InstallIdentity.LoadOrCreateAsync(data, CancellationToken.None);
        var second = await InstallIdentity.LoadOrCreateAsync(data, CancellationToken.None);

        Assert.Equal(first, second);
        ContainerName.ValidateInstallId(first);
        Assert.Equal(first, (await File.ReadAllTextAsync(Path.Join(data, InstallIdentity.FileName))).Trim());
    }

    [Fact]
    public async Task LoadOrCreateAsync_TwoDataFolders_GiveDifferentIds()
    {
        using var temp = new TempDirectory();

        var one = await InstallIdentity.LoadOrCreateAsync(Path.Join(temp.Path, "a"), CancellationToken.None);
        var two = await InstallIdentity.LoadOrCreateAsync(Path.Join(temp.Path, "b"), CancellationToken.None);

        Assert.NotEqual(one, two);
    }

    [Fact]
    public async Task LoadOrCreateAsync_InvalidFile_ThrowsNamingTheFile()
    {
        using var temp = new TempDirectory();
        var path = temp.Write(InstallIdentity.FileName, "not valid!\n");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => InstallIdentity.LoadOrCreateAsync(temp.Path, CancellationToken.None));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }
}
