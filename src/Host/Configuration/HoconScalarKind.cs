namespace NanoClaw.Host.Configuration;

public enum HoconScalarKind
{
    String,
    Number,
    Boolean,
    Null,

    /// <summary>Whitespace between the parts of a value concatenation; never a field value itself.</summary>
    Whitespace,
}
