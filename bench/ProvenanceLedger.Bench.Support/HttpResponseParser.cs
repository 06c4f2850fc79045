using System.Buffers.Text;
using System.Text;

namespace ProvenanceLedger.Bench.Support;

/// <summary>
/// Reads one HTTP/1.1 response from the start of a buffer: status line, headers, and a body framed by
/// Content-Length or chunked transfer encoding. The connection calls it again from the start each time more bytes
/// arrive, so it keeps no state between calls and parses the head (and walks the chunks) again each time: a
/// response is at most a few tens of kilobytes, most arrive in one read. Anything it does not understand is an
/// error, not a guess.
/// </summary>
public static class HttpResponseParser
{
    /// <summary>
    /// Parses the response at the start of <paramref name="data"/>. Returns false when <paramref name="data"/> does not
    /// hold it whole yet. When it does, a chunked body is moved together in place (so <paramref name="data"/> is
    /// changed), and <paramref name="consumed"/> says how many bytes the response took.
    /// </summary>
    public static bool TryParse(Span<byte> data, out RawHttpResponseHead head, out int consumed)
    {
        head = default;
        consumed = 0;
        var headEnd = data.IndexOf("\r\n\r\n"u8);
        if (headEnd < 0)
        {
            return false;
        }

        var lines = data[..headEnd];
        var statusEnd = lines.IndexOf("\r\n"u8);
        var status = Status(statusEnd < 0 ? lines : lines[..statusEnd]);
        long? length = null;
        var chunked = false;
        var close = false;
        var rest = statusEnd < 0 ? [] : lines[(statusEnd + 2)..];
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf("\r\n"u8);
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 2)..];
            var colon = line.IndexOf((byte)':');
            if (colon <= 0)
            {
                throw new InvalidDataException("a response header without a name: " + Encoding.ASCII.GetString(line));
            }

            var name = line[..colon].Trim((byte)' ');
            var value = line[(colon + 1)..].Trim((byte)' ');
            if (Ascii.EqualsIgnoreCase(name, "content-length"u8))
            {
                length = Utf8Parser.TryParse(value, out long parsed, out var used) && used == value.Length && parsed >= 0
                    ? parsed
                    : throw new InvalidDataException("a Content-Length that is not a number: " + Encoding.ASCII.GetString(value));
            }
            else if (Ascii.EqualsIgnoreCase(name, "transfer-encoding"u8))
            {
                chunked = Ascii.EqualsIgnoreCase(value, "chunked"u8)
                    ? true
                    : throw new InvalidDataException("a transfer encoding other than chunked: " + Encoding.ASCII.GetString(value));
            }
            else if (Ascii.EqualsIgnoreCase(name, "connection"u8))
            {
                close = Ascii.EqualsIgnoreCase(value, "close"u8);
            }
        }

        var bodyStart = headEnd + 4;
        if (chunked)
        {
            if (!TryDechunk(data, bodyStart, out var bodyLength, out consumed))
            {
                return false;
            }

            head = new RawHttpResponseHead(status, bodyStart, bodyLength, close);
            return true;
        }

        var contentLength = length ?? throw new InvalidDataException("a response without Content-Length or chunked encoding");
        if (data.Length - bodyStart < contentLength)
        {
            return false;
        }

        consumed = bodyStart + (int)contentLength;
        head = new RawHttpResponseHead(status, bodyStart, (int)contentLength, close);
        return true;
    }

    // "HTTP/1.1 200 OK" → 200.
    private static int Status(ReadOnlySpan<byte> line) =>
        line.Length >= 12 && line.StartsWith("HTTP/1.1 "u8) && char.IsAsciiDigit((char)line[9]) && char.IsAsciiDigit((char)line[10]) && char.IsAsciiDigit((char)line[11])
            ? ((line[9] - '0') * 100) + ((line[10] - '0') * 10) + (line[11] - '0')
            : throw new InvalidDataException("not an HTTP/1.1 status line: " + Encoding.ASCII.GetString(line));

    // First checks that every chunk is there (changing nothing, since the caller calls again with more bytes when
    // one is missing), then walks the chunks again and moves their data together right after the headers. The
    // moves never reach a size line not yet read: each chunk leaves at least its size line and CRLF behind.
    private static bool TryDechunk(Span<byte> data, int bodyStart, out int bodyLength, out int consumed)
    {
        bodyLength = 0;
        consumed = 0;
        var position = bodyStart;
        while (true)
        {
            var lineEnd = data[position..].IndexOf("\r\n"u8);
            if (lineEnd < 0)
            {
                return false;
            }

            var size = ChunkSize(data.Slice(position, lineEnd));
            position += lineEnd + 2;
            if (size == 0)
            {
                // Trailers, if any, then the empty line that ends the response.
                var trailerEnd = data[position..].IndexOf("\r\n"u8);
                while (trailerEnd > 0)
                {
                    position += trailerEnd + 2;
                    trailerEnd = data[position..].IndexOf("\r\n"u8);
                }

                if (trailerEnd < 0)
                {
                    return false;
                }

                consumed = position + 2;
                break;
            }

            if (data.Length - position < size + 2)
            {
                return false;
            }

            if (!data.Slice(position + size, 2).SequenceEqual("\r\n"u8))
            {
                throw new InvalidDataException("a chunk not followed by CRLF");
            }

            position += size + 2;
        }

        position = bodyStart;
        while (true)
        {
            var lineEnd = data[position..].IndexOf("\r\n"u8);
            var size = ChunkSize(data.Slice(position, lineEnd));
            position += lineEnd + 2;
            if (size == 0)
            {
                return true;
            }

            data.Slice(position, size).CopyTo(data[(bodyStart + bodyLength)..]);
            bodyLength += size;
            position += size + 2;
        }
    }

    private static int ChunkSize(ReadOnlySpan<byte> line)
    {
        var extension = line.IndexOf((byte)';');
        var digits = (extension < 0 ? line : line[..extension]).Trim((byte)' ');
        return Utf8Parser.TryParse(digits, out int size, out var used, 'X') && used == digits.Length && digits.Length > 0 && size >= 0
            ? size
            : throw new InvalidDataException("a chunk size that is not hexadecimal: " + Encoding.ASCII.GetString(line));
    }
}

/// <summary>Where a parsed response's body lies in the buffer, and whether the server closes the connection after it.</summary>
public readonly record struct RawHttpResponseHead(int Status, int BodyStart, int BodyLength, bool Close);
