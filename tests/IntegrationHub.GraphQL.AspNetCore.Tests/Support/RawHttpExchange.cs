using System.Net.Sockets;
using System.Text;

namespace IntegrationHub.GraphQL.AspNetCore.Tests.Support;

/// <summary>Sends a request over a bare socket and reads the response head while the body is still being sent,
/// as a client must when a server refuses an oversized body early and then closes the connection.</summary>
public static class RawHttpExchange
{
    /// <summary>Writes <paramref name="head"/> then <paramref name="bodyChunks"/> in the background; returns the
    /// response's status line and headers, read as soon as they arrive.</summary>
    public static async Task<string> SendAsync(Uri server, string head, IEnumerable<byte[]> bodyChunks)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        var stream = client.GetStream();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var sending = Task.Run(async () =>
        {
            try
            {
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head), timeout.Token);
                foreach (var chunk in bodyChunks)
                {
                    await stream.WriteAsync(chunk, timeout.Token);
                }
            }
            catch (IOException)
            {
                // The server closed the connection after answering: exactly what is being tested.
            }
            catch (OperationCanceledException)
            {
            }
        });

        var received = new StringBuilder();
        var buffer = new byte[4096];
        while (!received.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, timeout.Token);
            if (read == 0)
            {
                break;
            }

            received.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        await timeout.CancelAsync();
        await sending;
        return received.ToString();
    }
}
