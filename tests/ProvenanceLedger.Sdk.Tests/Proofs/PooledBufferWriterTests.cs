using System.Text;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Proofs;

namespace ProvenanceLedger.Sdk.Tests.Proofs;

public class PooledBufferWriterTests
{
    [Fact]
    public void Bytes_written_in_pieces_past_the_initial_capacity_come_back_in_order()
    {
        var random = new Random(1337);
        var expected = new byte[100_000];
        random.NextBytes(expected);
        using var buffer = new PooledBufferWriter(16);

        var at = 0;
        while (at < expected.Length)
        {
            var piece = Math.Min(random.Next(1, 5_000), expected.Length - at);
            var span = random.Next(2) == 0 ? buffer.GetSpan(piece) : buffer.GetMemory(piece).Span;
            Assert.True(span.Length >= piece);
            expected.AsSpan(at, piece).CopyTo(span);
            buffer.Advance(piece);
            at += piece;
        }

        Assert.Equal(expected, buffer.WrittenSpan.ToArray());
    }

    [Fact]
    public void Advancing_past_the_span_handed_out_is_refused()
    {
        using var buffer = new PooledBufferWriter(16);
        var available = buffer.GetSpan(16).Length;

        var error = Assert.Throws<InvalidOperationException>(() => buffer.Advance(available + 1));

        Assert.Equal($"advanced {available + 1} bytes past the {available} available", error.Message);
    }

    [Fact]
    public void A_bundle_larger_than_the_first_buffer_is_written_whole()
    {
        var bundle = GoldenBundleInputs.Build();
        var large = bundle with { Document = new JsonObject { ["note"] = new string('x', 50_000), ["type"] = "packing-list" } };

        var bytes = ProofBundleWriter.Write(large);

        Assert.True(bytes.Length > 50_000);
        Assert.EndsWith("}\n", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.Contains("\"note\": \"" + new string('x', 50_000) + "\"", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }
}
