using Microsoft.Extensions.Logging;
using Akka.Actor;
using Akka.Persistence;
using NanoClaw.Actors.Node;

namespace NanoClaw.Actors.Registry;

/// <summary>
/// /user/registry: the registered groups and the chats wired to them, as persisted events. Every
/// change is persisted first, then published as a new <see cref="RegistryView"/>. On the first
/// start with no groups it registers the web chat <c>web:main</c> as the main group.
/// </summary>
public sealed partial class RegistryActor : ReceivePersistentActor
{
    private ILogger Logger => _logger ??= ActorLogging.For(Context, GetType());

    private ILogger? _logger;

    public const string MainFolder = "main";
    public const string MainChat = "web:main";
    private const int SnapshotEvery = 200;

    private readonly GroupFolderSetup _folders;
    private readonly Action<RegistryView> _publish;
    private readonly TimeProvider _time;
    private RegistryView _view = RegistryView.Empty;

    public RegistryActor(GroupFolderSetup folders, Action<RegistryView> publish, TimeProvider time)

    {
        _folders = folders;
        _publish = publish;
        _time = time;
        Recover<SnapshotOffer>(offer => _view = ((RegistrySnapshot)offer.Snapshot).ToView());
        Recover<RecoveryCompleted>(_ => OnRecovered());
        Recover<GroupRegistered>(e => _view = _view.Apply(e));
        Recover<ChatWired>(e => _view = _view.Apply(e));
        Recover<GroupRemoved>(e => _view = _view.Apply(e));
        Recover<ChatRecorded>(e => _view = _view.Apply(e));
        Recover<GroupEngineSet>(e => _view = _view.Apply(e));
        Command<RegisterGroup>(Register);
        Command<SetGroupEngine>(SetEngine);
        Command<RemoveGroup>(Remove);
        Command<RecordChat>(Record);
        Command<GetRegistry>(_ => Sender.Tell(_view));
        Command<SaveSnapshotSuccess>(_ => { });
        Command<SaveSnapshotFailure>(f => LogSnapshotFailed(Logger, f.Cause.Message));
    }

    public override string PersistenceId => "registry";

    private void OnRecovered()
    {
        foreach (var group in _view.Groups.Values)
        {
            _folders.Create(group.Folder);
        }

        if (_view.Groups.IsEmpty)
        {
            var main = new RegisterGroup(MainFolder, "Main", MainChat, null, RequiresTrigger: false, IsMain: true);
            _folders.Create(MainFolder);
            Persist(new GroupRegistered(NewGroup(main)), e => Apply(e, null));
            return;
        }

        _publish(_view);
    }

    private void Register(RegisterGroup request)
    {
        if (RegistryRules.Problem(request, _view) is { } problem)
        {
            Sender.Tell(RegistryResult.Refused(problem));
            return;
        }

        var existing = _view.Groups.GetValueOrDefault(request.Folder);
        if (existing is not null && existing.Chats.Contains(request.Chat))
        {
            Sender.Tell(RegistryResult.Ok(existing));
            return;
        }

        var sender = Sender;
        if (existing is not null)
        {
            Persist(new ChatWired(request.Folder, request.Chat), e => Apply(e, sender));
            return;
        }

        try
        {
            _folders.Create(request.Folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            sender.Tell(RegistryResult.Refused($"cannot create the folder of group '{request.Folder}': {ex.Message}", 500));
            return;
        }

        Persist(new GroupRegistered(NewGroup(request)), e => Apply(e, sender));
    }

    private void Remove(RemoveGroup request)
    {
        if (!_view.Groups.TryGetValue(request.Folder, out var group))
        {
            Sender.Tell(RegistryResult.Refused($"no group '{request.Folder}'", 404));
            return;
        }

        if (group.IsMain)
        {
            Sender.Tell(RegistryResult.Refused("the main group cannot be removed"));
            return;
        }

        var sender = Sender;
        Persist(new GroupRemoved(request.Folder), e => Apply(e, sender, group));
    }

    private void SetEngine(SetGroupEngine request)
    {
        if (!_view.Groups.TryGetValue(request.Folder, out var group))
        {
            Sender.Tell(RegistryResult.Refused($"no group '{request.Folder}'", 404));
            return;
        }

        if (RegistryRules.EngineProblem(request.Engine) is { } problem)
        {
            Sender.Tell(RegistryResult.Refused(problem));
            return;
        }

        if (group.Engine == request.Engine)
        {
            Sender.Tell(RegistryResult.Ok(group));
            return;
        }

        var sender = Sender;
        Persist(new GroupEngineSet(request.Folder, request.Engine), e => Apply(e, sender));
    }

    private void Record(RecordChat request)
    {
        var known = _view.SeenChats.GetValueOrDefault(request.Chat.ChatId);
        if (known is not null && known.Name == request.Chat.Name && known.IsGroup == request.Chat.IsGroup)
        {
            // Only the time changed: kept in memory, not worth an event per message.
            _view = _view with { SeenChats = _view.SeenChats.SetItem(known.ChatId, request.Chat) };
            _publish(_view);
            return;
        }

        Persist(new ChatRecorded(request.Chat), e => Apply(e, null));
    }

    private void Apply(object @event, IActorRef? sender, RegisteredGroup? removed = null)
    {
        _view = _view.Apply(@event);
        _publish(_view);
        if (sender is not null)
        {
            var folder = @event switch
            {
                GroupRegistered e => e.Group.Folder,
                ChatWired e => e.Folder,
                GroupEngineSet e => e.Folder,
                _ => null,
            };
            sender.Tell(folder is not null ? RegistryResult.Ok(_view.Groups[folder]) : RegistryResult.Ok(removed!));
        }

        if (LastSequenceNr % SnapshotEvery == 0)
        {
            SaveSnapshot(RegistrySnapshot.From(_view));
        }
    }

    private RegisteredGroup NewGroup(RegisterGroup request) => new(
        request.Folder,
        string.IsNullOrWhiteSpace(request.Name) ? request.Folder : request.Name.Trim(),
        [request.Chat],
        string.IsNullOrWhiteSpace(request.Trigger) ? null : request.Trigger.Trim(),
        request.RequiresTrigger && !request.IsMain,
        request.IsMain,
        _time.GetUtcNow(),
        request.Engine);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Registry snapshot failed: {Reason}")]
    private static partial void LogSnapshotFailed(ILogger logger, string reason);
}
