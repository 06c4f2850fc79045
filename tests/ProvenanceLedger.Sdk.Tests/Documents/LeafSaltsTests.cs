using ProvenanceLedger.Sdk.Documents.Hashing;

namespace ProvenanceLedger.Sdk.Tests.Documents;

public class LeafSaltsTests
{
    private static LeafSalts Three()
    {
        var bytes = new byte[3 * Salt.Size];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)i;
        }

        return new LeafSalts(["/b", "/a", "/c/0"], bytes);
    }

    [Fact]
    public void Enumerates_pointer_and_salt_pairs_in_document_order()
    {
        var salts = Three();

        Assert.Equal(3, salts.Count);
        Assert.Equal(["/b", "/a", "/c/0"], salts.Keys);
        Assert.Equal(["/b", "/a", "/c/0"], salts.Select(p => p.Key));
        Assert.Equal(
            "0x404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f",
            salts.Values.Last().ToString());
    }

    [Fact]
    public void Looks_salts_up_by_exact_pointer()
    {
        var salts = Three();

        Assert.True(salts.TryGetValue("/a", out var a));
        Assert.Equal("0x202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f", a.ToString());
        Assert.Equal(salts["/b"], new Salt([.. Enumerable.Range(0, 32).Select(i => (byte)i)]));
        Assert.True(salts.ContainsKey("/c/0"));
        Assert.False(salts.ContainsKey("/c"));
        Assert.False(salts.TryGetValue("/A", out _));
        Assert.Equal("no salt for '/d'", Assert.Throws<KeyNotFoundException>(() => salts["/d"]).Message);
    }

    [Fact]
    public void Refuses_salt_bytes_that_do_not_match_the_pointers()
    {
        var error = Assert.Throws<ArgumentException>(() => new LeafSalts(["/a", "/b"], new byte[33]));

        Assert.StartsWith("2 pointers need 64 salt bytes, got 33", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Its_pointers_cannot_be_written_through_its_keys()
    {
        // Documents of one shape share the pointer array: a caller holding one bundle's salts must not reach the others'.
        string[] shared = ["/a", "/b"];
        var salts = new LeafSalts(shared, new byte[64]);

        var keys = Assert.IsAssignableFrom<IList<string>>(salts.Keys);
        Assert.Throws<NotSupportedException>(() => keys[0] = "/z");
        Assert.Equal("/a", shared[0]);
    }
}
