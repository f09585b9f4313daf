using System.Text.Json;

namespace NanoClaw.AgentRunner.Models;

/// <summary>One rule of a <see cref="MockScript"/>.</summary>
public sealed record MockRule(string When, string Tool, JsonElement Input, string Then);
