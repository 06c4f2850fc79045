using System.Text;
using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Tests.Documents;

// The cache tries the pointer that followed the last one before its table: whatever the order pointers come in
// (repeated sequences, sequences that change part-way, past the bound), each gets its own string and hash.
public sealed class PointerHashCacheTests
{
    [Fact]
    public void Every_pointer_gets_its_own_hash_whatever_came_before_it()
    {
        var random = new Random(42);
        string[] pointers = [.. Enumerable.Range(0, 40).Select(i => $"/body/items/{i % 7}/field{i / 7}")];
        var cache = new PointerHashCache();
        for (var round = 0; round < 2_000; round++)
        {
            // Mostly the same sequence, sometimes a pointer skipped or another taken, as documents of similar shapes do.
            var next = round % 40;
            if (random.Next(4) == 0)
            {
                next = random.Next(pointers.Length);
            }

            var (shared, hash) = cache.Get(pointers[next].AsSpan());

            Assert.Equal(pointers[next], shared);
            Assert.Equal(Keccak256.Hash(Encoding.UTF8.GetBytes(pointers[next])).ToString(), new Hash32(hash).ToString());
        }
    }

    [Fact]
    public void Past_its_bound_it_starts_again_and_still_answers_right()
    {
        var cache = new PointerHashCache();
        for (var i = 0; i < PointerHashCache.MaxEntries + 10; i++)
        {
            var pointer = $"/p{i}";
            Assert.Equal(pointer, cache.Get(pointer.AsSpan()).Pointer);
        }

        var (again, hash) = cache.Get("/p0".AsSpan());
        Assert.Equal("/p0", again);
        Assert.Equal(Keccak256.Hash("/p0"u8.ToArray()).ToString(), new Hash32(hash).ToString());
    }
}
