using System.Runtime.Versioning;
using NanoClaw.Host.Agents;
using NanoClaw.Host.Tests.Configuration;

namespace NanoClaw.Host.Tests.Agents;

[UnsupportedOSPlatform("windows")]
public sealed class AgentRunFoldersTests
{
    private const UnixFileMode Open = (UnixFileMode)0b111_111_111;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Prepare_NodeIsNotTheAgentUser_OpensWhatTheAgentWritesAndGlobalOnlyForMain(bool isMain)
    {
        using var temp = new TempDirectory();
        var folders = AgentRunFolders.For(Path.Join(temp.Path, "groups"), Path.Join(temp.Path, "data"), "family");
        Directory.CreateDirectory(folders.Global);
        File.SetUnixFileMode(folders.Global, (UnixFileMode)0b111_101_101);

        folders.Prepare(isMain);

        Assert.True(Directory.Exists(folders.Logs));
        Assert.Equal(Path.Join(temp.Path, "data", "ipc", "family", "agent.sock"), folders.AgentSocket);
        Assert.True(AgentRunFolders.CurrentUid() >= 0);
        if (AgentRunFolders.CurrentUid() == AgentRunFolders.AgentUid)
        {
            return; // The agent's uid owns everything already; nothing is opened.
        }

        Assert.All([folders.Group, folders.Session, folders.Ipc], d => Assert.Equal(Open, File.GetUnixFileMode(d)));
        Assert.Equal(isMain, File.GetUnixFileMode(folders.Global) == Open);
    }
}
