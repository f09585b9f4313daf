using NanoClaw.Actors.Persistence;
namespace NanoClaw.Actors.Registry;

/// <summary>The registry's state as a snapshot.</summary>
public sealed record RegistrySnapshot(IReadOnlyList<RegisteredGroup> Groups, IReadOnlyList<SeenChat> SeenChats) : IPersisted
{
    public static RegistrySnapshot From(RegistryView view) => new([.. view.Groups.Values], [.. view.SeenChats.Values]);

    public RegistryView ToView()
    {
        var view = RegistryView.Empty;
        foreach (var group in Groups)
        {
            view = view.Apply(new GroupRegistered(group));
        }

        foreach (var chat in SeenChats)
        {
            view = view.Apply(new ChatRecorded(chat));
        }

        return view;
    }
}
