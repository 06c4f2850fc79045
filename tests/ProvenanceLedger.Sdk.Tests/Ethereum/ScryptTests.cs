using System.Text;
using ProvenanceLedger.Sdk.Ethereum.Keystore;

namespace ProvenanceLedger.Sdk.Tests.Ethereum;

public class ScryptTests
{
    // RFC 7914 §12 test vectors.
    [Theory]
    [InlineData("", "", 16, 1, 1, "77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906")]
    [InlineData("password", "NaCl", 1024, 8, 16, "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640")]
    public void Derive_matches_rfc7914(string password, string salt, int n, int r, int p, string expected)
    {
        Assert.Equal(expected, Convert.ToHexStringLower(Scrypt.Derive(Encoding.ASCII.GetBytes(password), Encoding.ASCII.GetBytes(salt), n, r, p, 64)));
    }

    [Theory]
    [InlineData(1000, 8, "power of two")]
    [InlineData(1 << 24, 128, "above the 2048 MiB limit")]
    public void Derive_rejects_bad_or_hostile_parameters(int n, int r, string reason)
    {
        Assert.Contains(reason, Assert.Throws<ArgumentException>(() => Scrypt.Derive([1], [2], n, r, 1, 32)).Message);
    }
}
