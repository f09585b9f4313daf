namespace NanoClaw.Containers.Egress;

/// <summary>One connection an agent asked for: where to, how much went each way, and whether it was allowed.</summary>
/// <param name="Method"><c>CONNECT</c> for a tunnel (HTTPS), else the HTTP method.</param>
/// <param name="Refusal">Why it was refused, or null when it was allowed.</param>
public sealed record EgressRecord(
    DateTimeOffset Time,
    string Group,
    string Host,
    int Port,
    string Method,
    long BytesOut,
    long BytesIn,
    string? Refusal)
{
    public bool Allowed => Refusal is null;
}
