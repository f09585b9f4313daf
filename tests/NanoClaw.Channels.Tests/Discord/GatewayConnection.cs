using System.Net.WebSockets;
using System.Text;

namespace NanoClaw.Channels.Tests.Discord;

/// <summary>The server side of one gateway connection; sends are serialized.</summary>
internal sealed class GatewayConnection(WebSocket socket)
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    public async Task SendAsync(string text)
    {
        await _sendLock.WaitAsync();
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
            // The client went away; the test notices through what the channel does next.
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public void Abort() => socket.Abort();
}
