using System.CommandLine;
using NanoClaw.Host.Api.Contracts;

namespace NanoClaw.Host.Cli;

/// <summary>
/// <c>nanoclaw send &lt;chat&gt; &lt;text&gt;</c>: posts to a web chat and prints the assistant's
/// next reply. A chat without a channel prefix is a web chat (<c>main</c> means <c>web:main</c>).
/// </summary>
internal static class SendCommand
{
    /// <summary>The longest one long-poll asks the node to hold. The default is 25 seconds.</summary>
    private static readonly TimeSpan PollWait = TimeSpan.FromSeconds(25);

    public static Command Create(Option<string?> config, Option<string?> url)
    {
        var chat = new Argument<string>("chat") { Description = "The web chat, e.g. web:main (or just main)" };
        var text = new Argument<string>("text") { Description = "The message" };
        var timeout = new Option<int>("--timeout")
        {
            Description = "Seconds to wait for the reply",
            DefaultValueFactory = _ => 120,
            HelpName = "seconds",
        };
        var send = new Command("send", "Send a message to a web chat and print the reply.") { chat, text, timeout, url };
        ApiCommandRunner.SetAction(send, config, url, (client, result, output, cancellationToken) => RunAsync(
            client,
            Normalize(result.GetValue(chat)!),
            result.GetValue(text)!,
            TimeSpan.FromSeconds(Math.Max(1, result.GetValue(timeout))),
            output,
            result.InvocationConfiguration.Error,
            cancellationToken));
        return send;
    }

    private static string Normalize(string chat) => chat.Contains(':', StringComparison.Ordinal) ? chat : "web:" + chat;

    private static async Task<int> RunAsync(
        NodeApiClient client, string chat, string text, TimeSpan timeout, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var cursor = (await client.ReadMessagesAsync(chat, 0, TimeSpan.Zero, cancellationToken).ConfigureAwait(false)).Cursor;
        var request = new PostMessageRequest(text, "cli", "You", Guid.NewGuid().ToString("N"));
        await client.PostMessageAsync(chat, request, cancellationToken).ConfigureAwait(false);

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            while (true)
            {
                var page = await client.ReadMessagesAsync(chat, cursor, PollWait, deadline.Token).ConfigureAwait(false);
                cursor = page.Cursor;
                var replies = page.Messages.Where(m => m.Direction == "out").ToList();
                if (replies.Count > 0)
                {
                    foreach (var reply in replies)
                    {
                        await output.WriteLineAsync(reply.Text).ConfigureAwait(false);
                    }

                    return ExitCodes.Success;
                }
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync(
                $"no reply in {chat} within {timeout.TotalSeconds:0} s; the message was delivered — see `nanoclaw status` or raise --timeout")
                .ConfigureAwait(false);
            return ExitCodes.TimedOut;
        }
    }
}
