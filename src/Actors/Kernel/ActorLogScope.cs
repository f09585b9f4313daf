using System.Collections;

namespace NanoClaw.Actors.Kernel;

/// <summary>The logging scope of an actor: one structured property, <c>ActorPath</c>.</summary>
internal sealed class ActorLogScope(ActorPath path) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public KeyValuePair<string, object?> this[int index] =>
        index == 0 ? new("ActorPath", path.ToString()) : throw new ArgumentOutOfRangeException(nameof(index));

    public int Count => 1;

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        yield return this[0];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"ActorPath:{path}";
}
