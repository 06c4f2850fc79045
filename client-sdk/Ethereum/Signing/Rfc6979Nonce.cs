using System.Security.Cryptography;
using ProvenanceLedger.Sdk.Ethereum.Signing.Secp256k1;

namespace ProvenanceLedger.Sdk.Ethereum.Signing;

/// <summary>
/// RFC 6979 §3.2 deterministic nonces with HMAC-SHA256 for secp256k1 (qlen = hlen = 256, so bits2int is the
/// plain big-endian integer). Kept on the stack; <see cref="Next"/> yields the candidates in order.
/// </summary>
internal ref struct Rfc6979Nonce
{
    private Span<byte> _k;
    private Span<byte> _v;
    private bool _candidateGiven;

    /// <summary>Seeds the generator from the private key and the message digest (steps b–g).</summary>
    public Rfc6979Nonce(ReadOnlySpan<byte> privateKey, ReadOnlySpan<byte> digest, Span<byte> state)
    {
        _k = state[..32];
        _v = state[32..64];
        _v.Fill(0x01);
        _k.Clear();

        // bits2octets(h1): the digest reduced mod n.
        Span<byte> reducedDigest = stackalloc byte[32];
        Scalar.FromBytesReduced(digest).WriteBytes(reducedDigest);

        Span<byte> seed = stackalloc byte[32 + 1 + 32 + 32];
        privateKey.CopyTo(seed[33..]);
        reducedDigest.CopyTo(seed[65..]);
        foreach (byte separator in (ReadOnlySpan<byte>)[0x00, 0x01])
        {
            _v.CopyTo(seed);
            seed[32] = separator;
            HMACSHA256.HashData(_k, seed, _k);
            HMACSHA256.HashData(_k, _v, _v);
        }
    }

    /// <summary>The next candidate k with 1 ≤ k &lt; n (step h); call again if the caller rejects it.</summary>
    public Scalar Next()
    {
        while (true)
        {
            // Step h.3 runs only when the previous candidate was rejected, which almost never happens, so a
            // typical signature costs five HMACs rather than seven.
            if (_candidateGiven)
            {
                Reseed();
            }

            HMACSHA256.HashData(_k, _v, _v);
            _candidateGiven = true;
            if (Scalar.TryFromBytes(_v, out var k) && !k.IsZero)
            {
                return k;
            }
        }
    }

    private void Reseed()
    {
        Span<byte> data = stackalloc byte[33];
        _v.CopyTo(data);
        data[32] = 0x00;
        HMACSHA256.HashData(_k, data, _k);
        HMACSHA256.HashData(_k, _v, _v);
    }
}
