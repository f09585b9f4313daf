namespace NanoClaw.Host.Cli;

/// <summary>One line of <c>nanoclaw doctor</c>: what was checked, how it went, and what to do about it.</summary>
public sealed record DoctorFinding(DoctorLevel Level, string What, string? Fix = null)
{
    public override string ToString()
    {
        var label = Level switch
        {
            DoctorLevel.Ok => "ok  ",
            DoctorLevel.Warn => "warn",
            _ => "FAIL",
        };
        return Fix is null ? $"{label}  {What}" : $"{label}  {What} — {Fix}";
    }
}
