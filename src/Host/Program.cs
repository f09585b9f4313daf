namespace NanoClaw.Host;

/// <summary>The <c>nanoclaw</c> command line.</summary>
internal static class Program
{
    public static int Main() => 0;
}
