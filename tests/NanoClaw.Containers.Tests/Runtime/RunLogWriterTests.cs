using System.Text;
using NanoClaw.Containers.Runtime;

namespace NanoClaw.Containers.Tests.Runtime;

public sealed class RunLogWriterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nanoclaw-log-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string PathOf(string name) => Path.Join(_dir, "logs", name);

    [Fact]
    public async Task WriteAsync_UnderCap_OneFile()
    {
        await using (var log = RunLogWriter.Create(PathOf("run.log"), 4096, 2))
        {
            await log.WriteLineAsync("hello");
        }

        Assert.Equal("hello\n", await File.ReadAllTextAsync(PathOf("run.log")));
        Assert.Single(Directory.GetFiles(Path.Join(_dir, "logs")));
    }

    [Fact]
    public async Task WriteAsync_PastCap_RotatesKeepingNewestAndDroppingOldest()
    {
        await using (var log = RunLogWriter.Create(PathOf("run.log"), 1024, 2))
        {
            foreach (var letter in "abcde")
            {
                await log.WriteAsync(Encoding.ASCII.GetBytes(new string(letter, 1024)));
            }
        }

        Assert.Equal(new string('e', 1024), await File.ReadAllTextAsync(PathOf("run.log")));
        Assert.Equal(new string('d', 1024), await File.ReadAllTextAsync(PathOf("run.log.1")));
        Assert.Equal(new string('c', 1024), await File.ReadAllTextAsync(PathOf("run.log.2")));
        Assert.False(File.Exists(PathOf("run.log.3")));
    }

    [Fact]
    public async Task WriteAsync_OneChunkLargerThanCap_SplitAcrossFiles()
    {
        await using (var log = RunLogWriter.Create(PathOf("run.log"), 1024, 5))
        {
            await log.WriteAsync(new byte[2500]);
        }

        Assert.Equal(452, new FileInfo(PathOf("run.log")).Length);
        Assert.Equal(1024, new FileInfo(PathOf("run.log.1")).Length);
        Assert.Equal(1024, new FileInfo(PathOf("run.log.2")).Length);
    }

    [Fact]
    public async Task WriteLineAsync_AfterUnterminatedOutput_StartsNewLine()
    {
        await using (var log = RunLogWriter.Create(PathOf("run.log"), 4096, 1))
        {
            await log.WriteAsync("partial"u8.ToArray());
            await log.WriteLineAsync("# footer");
        }

        Assert.Equal("partial\n# footer\n", await File.ReadAllTextAsync(PathOf("run.log")));
    }

    [Fact]
    public async Task WriteAsync_KeepZero_OnlyCurrentFile()
    {
        await using (var log = RunLogWriter.Create(PathOf("run.log"), 1024, 0))
        {
            await log.WriteAsync(new byte[3000]);
        }

        Assert.Single(Directory.GetFiles(Path.Join(_dir, "logs")));
    }
}
