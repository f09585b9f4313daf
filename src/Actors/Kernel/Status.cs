namespace NanoClaw.Actors.Kernel;

/// <summary>Conventional replies for request/response exchanges; <see cref="Failure"/> faults an ask.</summary>
public static class Status
{
    /// <summary>A successful outcome carrying an optional value.</summary>
    public sealed record Success(object? Value);

    /// <summary>A failed outcome; an <c>Ask</c> that receives it faults with <paramref name="Cause"/>.</summary>
    public sealed record Failure(Exception Cause);
}
