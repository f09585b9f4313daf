using NanoClaw.Containers.Mounts;

namespace NanoClaw.Containers.Tests.Mounts;

public sealed class MountValidatorTests : IDisposable
{
    private readonly MountTree _tree = new();

    public void Dispose() => _tree.Dispose();

    /// <summary>
    /// Expected: <c>ro:/container/path</c> or <c>rw:/container/path</c> when accepted, else the rule.
    /// Host paths starting with <c>@</c> are relative to the tree's root (outside the home folder).
    /// </summary>
    [Theory]
    // accepted, and read-write only when requested, allowed by the root, and not forced for non-main
    [InlineData("~/projects/app", null, true, false, "ro:/workspace/extra/app")]
    [InlineData("~/projects/app", "code", false, true, "rw:/workspace/extra/code")]
    [InlineData("~/projects/app", "code", false, false, "ro:/workspace/extra/code")]
    [InlineData("~/docs/manual", null, false, true, "ro:/workspace/extra/manual")]
    [InlineData("~/docs/manual", "m", true, false, "ro:/workspace/extra/m")]
    [InlineData("~/docs/shared-rw", null, false, true, "rw:/workspace/extra/shared-rw")]
    [InlineData("~/docs/to-projects", "p", false, true, "rw:/workspace/extra/p")]
    [InlineData("~/projects/app/src", "a/b", true, false, "ro:/workspace/extra/a/b")]
    [InlineData("~/projects/app", "./code", true, true, "ro:/workspace/extra/code")]
    [InlineData("~/projects/alias", null, true, false, "ro:/workspace/extra/alias")]
    [InlineData("~/projects/keys", null, true, false, "ro:/workspace/extra/keys")]
    [InlineData("~/projects/app/", null, true, false, "ro:/workspace/extra/app")]
    // container path: relative, no traversal, no ':' injection
    [InlineData("~/projects/app", "/etc", true, true, "ContainerPathNotRelative")]
    [InlineData("~/projects/app", "", true, true, "ContainerPathNotRelative")]
    [InlineData("~/projects/app", "../escape", true, true, "ContainerPathTraversal")]
    [InlineData("~/projects/app", "a/../../b", true, true, "ContainerPathTraversal")]
    [InlineData("~/projects/app", "x:/etc:rw", true, true, "ContainerPathColon")]
    [InlineData("~/projects/app", "data:ro", true, true, "ContainerPathColon")]
    // host path: absolute, no ':', exists after following symlinks
    [InlineData("projects/app", "p", true, true, "HostPathInvalid")]
    [InlineData("~/projects/app:/etc", "p", true, true, "HostPathInvalid")]
    [InlineData("~/projects/missing", "p", true, true, "HostPathMissing")]
    [InlineData("~/projects/dangling", "p", true, true, "HostPathMissing")]
    [InlineData("~/projects/loop1", "p", true, true, "HostPathMissing")]
    // traversal and symlink escape out of the allowed roots
    [InlineData("~/projects/../../outside/data", "p", true, true, "OutsideAllowedRoots")]
    [InlineData("~/projects/app/../../../outside", "p", true, true, "OutsideAllowedRoots")]
    [InlineData("~/projects/escape", "p", true, true, "OutsideAllowedRoots")]
    [InlineData("~/projects/escape/..", "p", true, true, "OutsideAllowedRoots")]
    [InlineData("@outside/data", "p", true, true, "OutsideAllowedRoots")]
    [InlineData("~", "home", true, true, "OutsideAllowedRoots")]
    [InlineData("/", "root", true, true, "OutsideAllowedRoots")]
    // blocked names in any component, requested or real, defaults and the user's
    [InlineData("~/projects/.ssh", "p", true, true, "BlockedPattern")]
    [InlineData("~/projects/to-ssh", "p", true, true, "BlockedPattern")]
    [InlineData("~/projects/app/.env", "p", true, true, "BlockedPattern")]
    [InlineData("~/projects/my.environment", "p", true, true, "BlockedPattern")]
    [InlineData("~/projects/credentials-store", "p", true, true, "BlockedPattern")]
    [InlineData("~/projects/keys/id_rsa", "p", true, true, "BlockedPattern")]
    [InlineData("~/projects/custom-blocked-thing", "p", true, true, "BlockedPattern")]
    [InlineData("~/projects/Upper.SSH-dir", "p", true, true, "BlockedPattern")]
    [InlineData("~/projects/.ssh/../app", "p", true, true, "BlockedPattern")]
    // the allowlist itself is never mounted
    [InlineData("~/.config/nanoclaw", "cfg", true, true, "ExposesAllowlist")]
    [InlineData("~/.config", "cfg", true, true, "ExposesAllowlist")]
    public void Validate_Table_MatchesRules(string hostPath, string? containerPath, bool readOnly, bool isMain, string expected)
    {
        var host = hostPath.StartsWith('@') ? Path.Join(_tree.Root, hostPath[1..]) : hostPath;
        var request = new ExtraMountRequest(host, containerPath, readOnly);

        var decision = _tree.Validator().Validate(request, isMain);

        var actual = decision.Accepted
            ? $"{(decision.Mount!.ReadOnly ? "ro" : "rw")}:{decision.Mount.ContainerPath}"
            : decision.RejectedBy.ToString();
        Assert.True(expected == actual, $"{hostPath} -> expected {expected}, got {actual}: {decision}");
    }

    [Fact]
    public void Validate_SymlinkInsideRoot_MountsTheRealPath()
    {
        var decision = _tree.Validator().Validate(new ExtraMountRequest("~/projects/alias"), isMain: false);

        Assert.Equal(Path.Join(_tree.Home, "projects/app"), decision.Mount!.HostPath);
    }

    [Theory]
    [InlineData(false, true, "does not allow read-write")]
    [InlineData(true, false, "nonMainReadOnly")]
    public void Validate_ReadWriteDowngraded_SaysWhy(bool rootAllowsWrite, bool isMain, string reason)
    {
        var path = rootAllowsWrite ? "~/projects/app" : "~/docs/manual";

        var decision = _tree.Validator().Validate(new ExtraMountRequest(path, ReadOnly: false), isMain);

        Assert.True(decision.Mount!.ReadOnly);
        Assert.Contains(reason, decision.Downgrade, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NonMainReadOnlyOff_NonMainGetsReadWrite()
    {
        var validator = new MountValidator(_tree.Allowlist with { NonMainReadOnly = false }, _tree.Home, _tree.AllowlistPath);

        var decision = validator.Validate(new ExtraMountRequest("~/projects/app", ReadOnly: false), isMain: false);

        Assert.False(decision.Mount!.ReadOnly);
    }

    [Fact]
    public void Validate_NoAllowlist_RejectsEverything()
    {
        var decision = new MountValidator(null, _tree.Home).Validate(new ExtraMountRequest("~/projects/app"), isMain: true);

        Assert.Equal(MountRule.NoAllowlist, decision.RejectedBy);
    }

    [Fact]
    public void Validate_MalformedAllowlist_RejectsEverythingWithTheError()
    {
        var validator = new MountValidator(null, _tree.Home, allowlistError: "bad JSON at line 3");

        var decision = validator.Validate(new ExtraMountRequest("~/projects/app"), isMain: true);

        Assert.Equal(MountRule.InvalidAllowlist, decision.RejectedBy);
        Assert.Contains("bad JSON at line 3", decision.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Rejection_ToString_NamesTheRule()
    {
        var decision = _tree.Validator().Validate(new ExtraMountRequest("~/projects/.ssh"), isMain: true);

        Assert.Contains("rule BlockedPattern", decision.ToString(), StringComparison.Ordinal);
        Assert.Contains("'.ssh'", decision.ToString(), StringComparison.Ordinal);
    }
}
