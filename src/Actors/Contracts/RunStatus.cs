namespace NanoClaw.Actors.Contracts;

/// <summary>A running agent container: <c>state</c> is <c>starting</c>, <c>busy</c> or <c>idle</c> (warm).</summary>
public sealed record RunStatus(string RunId, string Group, string Kind, string State, DateTimeOffset Started);
