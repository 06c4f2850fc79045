using System.Net;
using System.Net.Sockets;
using System.Text;
using ProvenanceLedger.Bench.Support;

namespace ProvenanceLedger.IntegrationTests.Bench;

/// <summary>
/// The benchmarks' lean client against a scripted loopback server: the request goes out byte for byte, responses
/// that arrive in pieces are read whole, the connection is kept alive between requests and reopened after the
/// server closes it — blocking and asynchronous alike.
/// </summary>
public sealed class RawHttpConnectionTests
{
    private static readonly string[] Answers =
    [
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nfirst\r\n0\r\n\r\n",
        "HTTP/1.1 201 Created\r\nContent-Length: 6\r\nConnection: close\r\n\r\nsecond",
        "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nthird",
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Requests_are_sent_whole_and_answers_read_whole_over_a_kept_alive_then_reopened_connection(bool asynchronous)
    {
        using var server = new ScriptedServer(Answers);
        using var connection = new RawHttpConnection(server.Endpoint);
        var requests = Requests(server.Endpoint);

        var answers = new List<(int, string)>();
        foreach (var request in requests)
        {
            var response = asynchronous ? await connection.SendAsync(request, CancellationToken.None) : connection.Send(request);
            answers.Add((response.Status, Encoding.ASCII.GetString(response.Body.Span)));
        }

        Assert.Equal([(200, "first"), (201, "second"), (200, "third")], answers);
        var received = await server.ReceivedAsync();
        // The first two on one connection (kept alive), the third on a new one after the server closed.
        Assert.Equal([Encoding.ASCII.GetString([.. requests[0], .. requests[1]]), Encoding.ASCII.GetString(requests[2])], received);
    }

    [Fact]
    public void A_request_is_built_with_its_length_and_type_only_when_it_has_a_body()
    {
        var host = new IPEndPoint(IPAddress.Loopback, 8080);

        Assert.Equal("GET /health/live HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n\r\n", Encoding.ASCII.GetString(RawHttpConnection.Request("GET", "/health/live", host)));
        Assert.Equal("POST /api/v1/verify HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}",
            Encoding.ASCII.GetString(RawHttpConnection.Request("POST", "/api/v1/verify", host, "{}"u8)));
    }

    private static byte[][] Requests(IPEndPoint endpoint) =>
    [
        RawHttpConnection.Request("POST", "/api/v1/verify", endpoint, "{\"a\":1}"u8),
        RawHttpConnection.Request("GET", "/api/v1/status", endpoint),
        RawHttpConnection.Request("GET", "/health/live", endpoint),
    ];

    /// <summary>
    /// Answers each request with the next scripted response, written a few bytes at a time so the client must read
    /// in pieces; closes the connection after a response that says so. Records what each connection received.
    /// </summary>
    private sealed class ScriptedServer : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly Task<List<string>> _serving;

        public ScriptedServer(string[] answers)
        {
            _listener.Start();
            _serving = Task.Run(() => Serve(answers));
        }

        public IPEndPoint Endpoint => (IPEndPoint)_listener.LocalEndpoint;

        public async Task<List<string>> ReceivedAsync() => await _serving.WaitAsync(TimeSpan.FromSeconds(30));

        public void Dispose() => _listener.Stop();

        private List<string> Serve(string[] answers)
        {
            var received = new List<string>();
            var next = 0;
            while (next < answers.Length)
            {
                using var client = _listener.AcceptSocket();
                var log = new StringBuilder();
                var pending = new StringBuilder();
                var buffer = new byte[4096];
                var open = true;
                while (open && next < answers.Length)
                {
                    var read = client.Receive(buffer);
                    if (read == 0)
                    {
                        break;
                    }

                    var text = Encoding.ASCII.GetString(buffer, 0, read);
                    log.Append(text);
                    pending.Append(text);
                    while (open && next < answers.Length && CompleteRequestLength(pending.ToString()) is { } length)
                    {
                        pending.Remove(0, length);
                        var answer = Encoding.ASCII.GetBytes(answers[next++]);
                        for (var offset = 0; offset < answer.Length; offset += 7)
                        {
                            client.Send(answer, offset, Math.Min(7, answer.Length - offset), SocketFlags.None);
                            Thread.Sleep(1);
                        }

                        open = !answers[next - 1].Contains("Connection: close", StringComparison.Ordinal);
                    }
                }

                received.Add(log.ToString());
            }

            return received;
        }

        // The length of the first whole request in text (head, and a body of Content-Length), or null.
        private static int? CompleteRequestLength(string text)
        {
            var headEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (headEnd < 0)
            {
                return null;
            }

            const string Field = "Content-Length: ";
            var head = text[..headEnd];
            var at = head.IndexOf(Field, StringComparison.Ordinal);
            var body = at < 0 ? 0 : int.Parse(head[(at + Field.Length)..].Split("\r\n")[0], System.Globalization.CultureInfo.InvariantCulture);
            return text.Length >= headEnd + 4 + body ? headEnd + 4 + body : null;
        }
    }
}
