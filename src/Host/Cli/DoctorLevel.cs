namespace NanoClaw.Host.Cli;

/// <summary>How a <c>nanoclaw doctor</c> finding reads: only <see cref="Fail"/> makes the command fail.</summary>
public enum DoctorLevel
{
    Ok,
    Warn,
    Fail,
}
