using System.Text;

namespace NanoClaw.Actors.Kernel;

/// <summary>
/// The location of an actor in its system's tree, printed as <c>/user/a/b</c>. Paths compare by value;
/// two incarnations under the same name share a path but not a reference.
/// </summary>
public sealed class ActorPath : IEquatable<ActorPath>
{
    private ActorPath(ActorPath? parent, string name)
    {
        Parent = parent;
        Name = name;
    }

    /// <summary>The root of every tree, printed as <c>/</c>.</summary>
    public static ActorPath Root { get; } = new(null, string.Empty);

    public ActorPath? Parent { get; }

    public string Name { get; }

    /// <summary>Number of names below the root: <c>/user/a</c> has depth 2.</summary>
    public int Depth => Parent is null ? 0 : Parent.Depth + 1;

    public ActorPath Child(string name) => new(this, name);

    /// <summary>The names from the root down, without the root's empty name.</summary>
    public IReadOnlyList<string> Elements
    {
        get
        {
            var names = new string[Depth];
            var path = this;
            for (var i = names.Length - 1; i >= 0; i--)
            {
                names[i] = path!.Name;
                path = path.Parent;
            }

            return names;
        }
    }

    public bool Equals(ActorPath? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.Name != Name)
        {
            return false;
        }

        return Parent is null ? other.Parent is null : Parent.Equals(other.Parent);
    }

    public override bool Equals(object? obj) => Equals(obj as ActorPath);

    public override int GetHashCode() => HashCode.Combine(Parent?.GetHashCode() ?? 0, Name);

    public override string ToString()
    {
        if (Parent is null)
        {
            return "/";
        }

        var builder = new StringBuilder();
        Append(builder, this);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, ActorPath path)
    {
        if (path.Parent is null)
        {
            return;
        }

        Append(builder, path.Parent);
        builder.Append('/').Append(path.Name);
    }
}
