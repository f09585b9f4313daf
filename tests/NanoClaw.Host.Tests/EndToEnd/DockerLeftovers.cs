using System.Diagnostics;

namespace NanoClaw.Host.Tests.EndToEnd;

/// <summary>The agent containers of one install, through the <c>docker</c> command line.</summary>
internal static class DockerLeftovers
{
    /// <summary>Ids of the install's containers, running or not.</summary>
    public static async Task<IReadOnlyList<string>> ListAsync(string installId)
    {
        var output = await DockerAsync("ps", "-aq", "--filter", $"label=nanoclaw.install={installId}");
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>
    /// Polls until the install has no containers left; a run leaves the node's status as soon as
    /// it is closed, while the engine is still stopping and removing its container.
    /// </summary>
    public static async Task<IReadOnlyList<string>> WaitUntilGoneAsync(string installId, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            var ids = await ListAsync(installId);
            if (ids.Count == 0 || DateTimeOffset.UtcNow >= deadline)
            {
                return ids;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }

    /// <summary>Removes whatever the install left behind and returns how many containers that was.</summary>
    public static async Task<int> RemoveAsync(string installId)
    {
        var ids = await ListAsync(installId);
        if (ids.Count > 0)
        {
            await DockerAsync(["rm", "-f", .. ids]);
        }

        return ids.Count;
    }

    /// <summary>Removes the leftovers of the install whose data lives under <paramref name="directory"/>, if it got that far.</summary>
    public static async Task<int> RemoveForDirectoryAsync(string directory)
    {
        var path = Path.Combine(directory, "data", "install-id");
        return File.Exists(path) ? await RemoveAsync((await File.ReadAllTextAsync(path)).Trim()) : 0;
    }

    private static async Task<string> DockerAsync(params string[] args)
    {
        var info = new ProcessStartInfo("docker") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"docker {string.Join(' ', args)}: {await error}");
        return await output;
    }
}
