using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ProvenanceLedger.LoadTest;

/// <summary>
/// One kept-alive HTTP/1.1 connection with blocking I/O: writes a request given as ready-made bytes and reads
/// the response to its end (Content-Length or chunked), returning the status code. Just enough HTTP for a
/// load generator talking to Kestrel; anything else it does not understand is an error, not a guess.
/// </summary>
internal sealed class RawHttpConnection(IPEndPoint endpoint) : IDisposable
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private Socket? _socket;
    private int _start;
    private int _end;

    /// <summary>Builds the bytes of a request with <paramref name="body"/> (or none) for <see cref="Send"/>.</summary>
    public static byte[] Request(string method, string pathAndQuery, IPEndPoint host, byte[]? body = null, string contentType = "application/json")
    {
        var head = new StringBuilder()
            .Append(method).Append(' ').Append(pathAndQuery).Append(" HTTP/1.1\r\n")
            .Append("Host: ").Append(host).Append("\r\n");
        if (body is not null)
        {
            head.Append("Content-Type: ").Append(contentType).Append("\r\n")
                .Append("Content-Length: ").Append(body.Length).Append("\r\n");
        }

        var headBytes = Encoding.ASCII.GetBytes(head.Append("\r\n").ToString());
        return [.. headBytes, .. body ?? []];
    }

    /// <summary>Sends <paramref name="request"/> and reads the whole response; returns its status code.</summary>
    public int Send(byte[] request)
    {
        if (_socket is null)
        {
            _socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            _socket.Connect(endpoint);
            _start = _end = 0;
        }

        _socket.Send(request);
        var status = ReadStatusLine();
        long? length = null;
        var chunked = false;
        var close = false;
        while (ReadLine() is { Length: > 0 } header)
        {
            var colon = header.IndexOf((byte)':');
            var name = header[..colon].Trim((byte)' ');
            var value = header[(colon + 1)..].Trim((byte)' ');
            if (Ascii.EqualsIgnoreCase(name, "content-length"u8))
            {
                length = long.Parse(Encoding.ASCII.GetString(value), System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (Ascii.EqualsIgnoreCase(name, "transfer-encoding"u8))
            {
                chunked = Ascii.EqualsIgnoreCase(value, "chunked"u8);
            }
            else if (Ascii.EqualsIgnoreCase(name, "connection"u8))
            {
                close = Ascii.EqualsIgnoreCase(value, "close"u8);
            }
        }

        if (chunked)
        {
            SkipChunks();
        }
        else
        {
            Skip(length ?? throw new InvalidDataException("a response without Content-Length or chunked encoding"));
        }

        if (close)
        {
            Dispose();
        }

        return status;
    }

    public void Dispose()
    {
        _socket?.Dispose();
        _socket = null;
    }

    private int ReadStatusLine()
    {
        var line = ReadLine();
        // "HTTP/1.1 200 OK"
        return line.Length >= 12 && line.StartsWith("HTTP/1.1 "u8)
            ? ((line[9] - '0') * 100) + ((line[10] - '0') * 10) + (line[11] - '0')
            : throw new InvalidDataException("not an HTTP/1.1 status line: " + Encoding.ASCII.GetString(line));
    }

    private void SkipChunks()
    {
        while (true)
        {
            var sizeLine = ReadLine();
            var extension = sizeLine.IndexOf((byte)';');
            var size = Convert.ToInt64(Encoding.ASCII.GetString(extension < 0 ? sizeLine : sizeLine[..extension]).Trim(), 16);
            if (size == 0)
            {
                while (ReadLine().Length > 0)
                {
                    // Trailers, if any, up to the empty line.
                }

                return;
            }

            Skip(size);
            if (ReadLine().Length != 0)
            {
                throw new InvalidDataException("a chunk not followed by CRLF");
            }
        }
    }

    // The next line without its CRLF; valid until the next read.
    private ReadOnlySpan<byte> ReadLine()
    {
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf("\r\n"u8);
            if (newline >= 0)
            {
                var line = _buffer.AsSpan(_start, newline);
                _start += newline + 2;
                return line;
            }

            Fill();
        }
    }

    private void Skip(long count)
    {
        while (count > 0)
        {
            if (_start == _end)
            {
                Fill();
            }

            var take = (int)Math.Min(count, _end - _start);
            _start += take;
            count -= take;
        }
    }

    // Keeps the unread bytes and reads more after them.
    private void Fill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            throw new InvalidDataException("a response line longer than the buffer");
        }

        var read = _socket!.Receive(_buffer, _end, _buffer.Length - _end, SocketFlags.None);
        _end += read > 0 ? read : throw new IOException("the node closed the connection in the middle of a response");
    }
}
