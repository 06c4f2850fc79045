namespace ProvenanceLedger.Sdk.Tests.Ethereum;

/// <summary>Deterministic random test data, so a failing case can be reproduced from its index.</summary>
internal static class Seeded
{
    public const int Seed = 1337;

    public static byte[] Bytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>A valid secp256k1 private key (first byte kept below 0xff so it is always &lt; n).</summary>
    public static byte[] PrivateKey(Random random)
    {
        var key = Bytes(random, 32);
        key[0] = (byte)random.Next(1, 0xff);
        return key;
    }
}
