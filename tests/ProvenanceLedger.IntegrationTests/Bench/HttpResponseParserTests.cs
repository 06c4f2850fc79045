using System.Text;
using ProvenanceLedger.Bench.Support;

namespace ProvenanceLedger.IntegrationTests.Bench;

/// <summary>The benchmarks' HTTP/1.1 response reader: framing by Content-Length and chunks, and every partial read.</summary>
public sealed class HttpResponseParserTests
{
    private const string ChunkedReport =
        "HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\nDate: Sun, 22 Nov 2026 22:00:00 GMT\r\nServer: Kestrel\r\nTransfer-Encoding: chunked\r\n\r\n" +
        "d\r\n{\"verdict\":\"V\r\n" + "7;ext=1\r\nALID\"}\n\r\n" + "0\r\nX-Trailer: yes\r\n\r\n";

    [Fact]
    public void A_Content_Length_response_is_read_whole_and_the_next_response_left_in_place()
    {
        var bytes = Bytes("HTTP/1.1 404 Not Found\r\nContent-Length: 5\r\ncontent-type: text/plain\r\n\r\nnopes" + "HTTP/1.1 200 OK\r\n");

        Assert.True(HttpResponseParser.TryParse(bytes, out var head, out var consumed));

        Assert.Equal(new RawHttpResponseHead(404, 71, 5, Close: false), head);
        Assert.Equal("nopes", Encoding.ASCII.GetString(bytes, head.BodyStart, head.BodyLength));
        Assert.Equal(76, consumed);
        Assert.Equal("HTTP/1.1 200 OK\r\n", Encoding.ASCII.GetString(bytes, consumed, bytes.Length - consumed));
    }

    [Fact]
    public void A_chunked_response_is_de_chunked_in_place_with_extensions_and_trailers_skipped()
    {
        var bytes = Bytes(ChunkedReport + "leftover");

        Assert.True(HttpResponseParser.TryParse(bytes, out var head, out var consumed));

        Assert.Equal((200, false), (head.Status, head.Close));
        Assert.Equal("{\"verdict\":\"VALID\"}\n", Encoding.ASCII.GetString(bytes, head.BodyStart, head.BodyLength));
        Assert.Equal(ChunkedReport.Length, consumed);
        Assert.Equal("leftover", Encoding.ASCII.GetString(bytes, consumed, bytes.Length - consumed));
    }

    [Fact]
    public void Every_prefix_of_a_response_is_incomplete_and_left_unchanged()
    {
        foreach (var response in new[] { ChunkedReport, "HTTP/1.1 200 OK\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc" })
        {
            var whole = Bytes(response);
            for (var length = 0; length < whole.Length; length++)
            {
                var prefix = whole[..length];

                Assert.False(HttpResponseParser.TryParse(prefix, out _, out _), $"{length} of {whole.Length} bytes read as a whole response");
                Assert.Equal(whole[..length], prefix);
            }
        }
    }

    [Fact]
    public void Connection_close_is_reported()
    {
        Assert.True(HttpResponseParser.TryParse(Bytes("HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"), out var head, out var consumed));

        Assert.Equal(new RawHttpResponseHead(503, 74, 0, Close: true), head);
        Assert.Equal(74, consumed);
    }

    [Theory]
    [InlineData("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n", "not an HTTP/1.1 status line: HTTP/1.0 200 OK")]
    [InlineData("HTTP/1.1 200 OK\r\nServer: x\r\n\r\n", "a response without Content-Length or chunked encoding")]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Length: ten\r\n\r\n", "a Content-Length that is not a number: ten")]
    [InlineData("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n", "a transfer encoding other than chunked: gzip")]
    [InlineData("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", "a chunk size that is not hexadecimal: zz")]
    [InlineData("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n", "a chunk not followed by CRLF")]
    [InlineData("HTTP/1.1 200 OK\r\nno colon here\r\n\r\n", "a response header without a name: no colon here")]
    public void A_response_it_does_not_understand_is_an_error(string response, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => HttpResponseParser.TryParse(Bytes(response), out _, out _));

        Assert.Equal(message, error.Message);
    }

    private static byte[] Bytes(string text) => Encoding.ASCII.GetBytes(text);
}
