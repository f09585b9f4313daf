using NanoClaw.Containers.Mounts;

namespace NanoClaw.Containers.Tests.Mounts;

/// <summary>
/// A throwaway home folder with allowed roots, blocked names, symlinks in and out, and an
/// allowlist file, for the mount validator's table test.
/// </summary>
internal sealed class MountTree : IDisposable
{
    public MountTree()
    {
        Root = RealPathOf(Directory.CreateTempSubdirectory("nanoclaw-mounts-").FullName);
        Home = Path.Join(Root, "home");
        foreach (var dir in new[]
        {
            "home/projects/app/src", "home/projects/.ssh", "home/projects/my.environment", "home/projects/credentials-store",
            "home/projects/keys", "home/projects/custom-blocked-thing", "home/projects/Upper.SSH-dir", "home/docs/manual",
            "home/docs/shared-rw", "home/.config/nanoclaw", "outside/data",
        })
        {
            Directory.CreateDirectory(Path.Join(Root, dir));
        }

        File.WriteAllText(Path.Join(Home, "projects/app/.env"), "TOKEN=x");
        File.WriteAllText(Path.Join(Home, "projects/keys/id_rsa"), "key");
        AllowlistPath = Path.Join(Home, ".config/nanoclaw/mount-allowlist.json");
        File.WriteAllText(AllowlistPath, "{}");
        Link("home/projects/escape", "../../outside/data");
        Link("home/projects/alias", "app");
        Link("home/projects/to-ssh", ".ssh");
        Link("home/docs/to-projects", "../projects/app");
        Link("home/projects/dangling", "nothing-here");
        Link("home/projects/loop1", "loop2");
        Link("home/projects/loop2", "loop1");
        Allowlist = new MountAllowlist(
            [
                new AllowedRoot("~/projects", AllowReadWrite: true),
                new AllowedRoot("~/docs", AllowReadWrite: false),
                new AllowedRoot("~/docs/shared-rw", AllowReadWrite: true),
                new AllowedRoot("~/.config", AllowReadWrite: false),
                new AllowedRoot("~/not-there", AllowReadWrite: true),
            ],
            ["custom-blocked"],
            NonMainReadOnly: true);
    }

    public string Root { get; }

    public string Home { get; }

    public string AllowlistPath { get; }

    public MountAllowlist Allowlist { get; }

    public MountValidator Validator() => new(Allowlist, Home, AllowlistPath);

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private void Link(string path, string target) => File.CreateSymbolicLink(Path.Join(Root, path), target);

    private static string RealPathOf(string path) => new DirectoryInfo(path).ResolveLinkTarget(true)?.FullName ?? path;
}
