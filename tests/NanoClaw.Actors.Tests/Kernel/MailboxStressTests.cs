using NanoClaw.Actors.Kernel;
using NanoClaw.Actors.Testing;

namespace NanoClaw.Actors.Tests.Kernel;

public sealed class MailboxStressTests : TestKit
{
    private const int Actors = 1_000;
    private const int MessagesPerActor = 1_000;
    private const int Senders = 4;

    [Fact]
    public async Task Tell_ThousandActorsThousandMessagesFromSeveralThreads_ExactlyOnceInPerSenderOrder()
    {
        var receivers = Enumerable.Range(0, Actors)
            .Select(i => Sys.ActorOf(Props.Create(() => new SequenceChecker(TestActor))))
            .ToArray();

        var senders = Enumerable.Range(0, Senders).Select(sender => Task.Factory.StartNew(
            () =>
            {
                for (var n = 0; n < MessagesPerActor / Senders; n++)
                {
                    foreach (var receiver in receivers)
                    {
                        receiver.Tell(new Numbered(sender, n), ActorRefs.NoSender);
                    }
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default));
        await Task.WhenAll(senders);

        var results = ReceiveN(Actors, TimeSpan.FromSeconds(30)).Cast<Verdict>().ToArray();

        Assert.All(results, r => Assert.Null(r.Problem));
        Assert.Equal(Actors, results.Select(r => r.Actor).Distinct().Count());
        ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }

    private sealed record Numbered(int Sender, int N);

    private sealed record Verdict(IActorRef Actor, string? Problem);

    private sealed class SequenceChecker : ReceiveActor
    {
        private readonly int[] _next = new int[Senders];
        private int _count;
        private string? _problem;

        public SequenceChecker(IActorRef probe) => Receive<Numbered>(m =>
        {
            if (m.N != _next[m.Sender])
            {
                _problem ??= $"sender {m.Sender}: expected {_next[m.Sender]} but got {m.N}";
            }

            _next[m.Sender] = m.N + 1;
            _count++;
            if (_count == MessagesPerActor)
            {
                probe.Tell(new Verdict(Self, _problem));
            }
            else if (_count > MessagesPerActor)
            {
                probe.Tell(new Verdict(Self, $"received {_count} messages"));
            }
        });
    }
}
