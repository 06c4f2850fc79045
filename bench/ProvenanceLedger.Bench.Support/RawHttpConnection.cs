using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ProvenanceLedger.Bench.Support;

/// <summary>
/// One kept-alive HTTP/1.1 connection to a ledger node on loopback: writes a request given as ready-made bytes
/// (<see cref="Request"/>) and reads the whole response into its own buffer. No per-request objects, no header
/// collections, no content streams: the client shares two cores with the node it measures, so its CPU must stay a
/// small fraction of the node's (about 0.03 ms per verification, against 0.3–0.8 ms for an <c>HttpClient</c> loop).
/// <see cref="Send"/> blocks (the load test gives every connection its own thread); <see cref="SendAsync"/> does
/// not (the peer benchmark's verifications in flight are tasks). One request at a time per connection.
/// </summary>
public sealed class RawHttpConnection(IPEndPoint endpoint) : IDisposable
{
    private byte[] _buffer = new byte[64 * 1024];
    private Socket? _socket;
    private int _end;
    private int _consumed;

    /// <summary>The bytes of a request with <paramref name="body"/> (or none), built once and sent many times.</summary>
    public static byte[] Request(string method, string pathAndQuery, IPEndPoint host, ReadOnlySpan<byte> body = default, string contentType = "application/json")
    {
        var head = new StringBuilder()
            .Append(method).Append(' ').Append(pathAndQuery).Append(" HTTP/1.1\r\n")
            .Append("Host: ").Append(host).Append("\r\n");
        if (!body.IsEmpty || method is "POST" or "PUT")
        {
            head.Append("Content-Type: ").Append(contentType).Append("\r\n")
                .Append("Content-Length: ").Append(body.Length).Append("\r\n");
        }

        var headBytes = Encoding.ASCII.GetBytes(head.Append("\r\n").ToString());
        return [.. headBytes, .. body];
    }

    /// <summary>Sends <paramref name="request"/> and reads the whole response, blocking the calling thread.</summary>
    public RawHttpResponse Send(ReadOnlySpan<byte> request)
    {
        var socket = Connected();
        socket.Send(request);
        while (true)
        {
            if (TryComplete(out var response))
            {
                return response;
            }

            Received(socket.Receive(_buffer.AsSpan(_end)));
        }
    }

    /// <summary>Sends <paramref name="request"/> and reads the whole response without blocking a thread.</summary>
    public async ValueTask<RawHttpResponse> SendAsync(ReadOnlyMemory<byte> request, CancellationToken cancellationToken)
    {
        var socket = Connected();
        while (!request.IsEmpty)
        {
            request = request[await socket.SendAsync(request, SocketFlags.None, cancellationToken)..];
        }

        while (true)
        {
            if (TryComplete(out var response))
            {
                return response;
            }

            Received(await socket.ReceiveAsync(_buffer.AsMemory(_end), SocketFlags.None, cancellationToken));
        }
    }

    public void Dispose()
    {
        _socket?.Dispose();
        _socket = null;
    }

    // Connects on first use and after the server closed; drops the previous response from the buffer.
    private Socket Connected()
    {
        if (_socket is null)
        {
            var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Connect(endpoint);
            }
            catch
            {
                socket.Dispose();
                throw;
            }

            _socket = socket;
            _end = _consumed = 0;
        }

        if (_consumed > 0)
        {
            _buffer.AsSpan(_consumed, _end - _consumed).CopyTo(_buffer);
            _end -= _consumed;
            _consumed = 0;
        }

        return _socket;
    }

    private bool TryComplete(out RawHttpResponse response)
    {
        if (!HttpResponseParser.TryParse(_buffer.AsSpan(0, _end), out var head, out var consumed))
        {
            // The whole response must fit: grow before the next read when the buffer is full.
            if (_end == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            response = default;
            return false;
        }

        _consumed = consumed;
        response = new RawHttpResponse(head.Status, _buffer.AsMemory(head.BodyStart, head.BodyLength));
        if (head.Close)
        {
            // The body stays readable in the buffer until the next request reconnects.
            _socket?.Dispose();
            _socket = null;
        }

        return true;
    }

    private void Received(int count) =>
        _end += count > 0 ? count : throw new IOException("the node closed the connection in the middle of a response");
}
