namespace NanoClaw.AgentRunner.Tests.Models;

/// <summary>What the fake model server was sent (header names lower-case).</summary>
internal sealed record ReceivedRequest(string Path, Dictionary<string, string> Headers, string Body);
