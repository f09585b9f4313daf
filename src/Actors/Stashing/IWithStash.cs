namespace NanoClaw.Actors.Stashing;

/// <summary>
/// Implemented by actors that stash. The kernel assigns <see cref="Stash"/> before the actor's
/// constructor body runs; declare it as <c>public IStash Stash { get; set; } = null!;</c>.
/// </summary>
public interface IWithStash
{
    IStash Stash { get; set; }
}
