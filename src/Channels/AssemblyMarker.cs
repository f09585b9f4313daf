namespace NanoClaw.Channels;

/// <summary>Names this assembly for reflection and tests.</summary>
public static class AssemblyMarker;
