using System.Buffers.Binary;
using System.Numerics;
using System.Security.Cryptography;

namespace ProvenanceLedger.Sdk.Ethereum.Keystore;

/// <summary>
/// scrypt (RFC 7914). Written here because BouncyCastle enforces RFC 7914's N &lt; 2^(16·r) bound, which the
/// Web3 Secret Storage test vector (n = 2^18, r = 1) and some geth "light" files exceed.
/// </summary>
internal static class Scrypt
{
    // 2 GiB of working memory is far above any real keystore (geth standard: 256 MiB) and keeps a hostile
    // file from exhausting the process.
    private const long MaxMemoryBytes = 1L << 31;

    public static byte[] Derive(ReadOnlySpan<byte> password, ReadOnlySpan<byte> salt, int n, int r, int p, int length)
    {
        if (n < 2 || !BitOperations.IsPow2(n))
        {
            throw new ArgumentException($"scrypt n = {n} must be a power of two above 1");
        }

        if (r < 1 || p < 1 || (long)r * p >= 1 << 30)
        {
            throw new ArgumentException($"scrypt r = {r}, p = {p} are out of range");
        }

        if (128L * r * n > MaxMemoryBytes)
        {
            throw new ArgumentException($"scrypt n = {n}, r = {r} needs {128L * r * n >> 20} MiB, above the 2048 MiB limit");
        }

        var blockBytes = 128 * r;
        var b = Rfc2898DeriveBytes.Pbkdf2(password, salt, 1, HashAlgorithmName.SHA256, p * blockBytes);
        var x = new uint[32 * r];
        var v = new uint[32 * r * n];
        var scratch = new uint[32 * r];
        for (var i = 0; i < p; i++)
        {
            var chunk = b.AsSpan(i * blockBytes, blockBytes);
            for (var w = 0; w < x.Length; w++)
            {
                x[w] = BinaryPrimitives.ReadUInt32LittleEndian(chunk[(4 * w)..]);
            }

            RoMix(x, v, scratch, n, r);
            for (var w = 0; w < x.Length; w++)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(chunk[(4 * w)..], x[w]);
            }
        }

        var derived = Rfc2898DeriveBytes.Pbkdf2(password, b, 1, HashAlgorithmName.SHA256, length);
        CryptographicOperations.ZeroMemory(b);
        Array.Clear(v);
        return derived;
    }

    private static void RoMix(uint[] x, uint[] v, uint[] scratch, int n, int r)
    {
        var words = 32 * r;
        for (var i = 0; i < n; i++)
        {
            x.CopyTo(v, i * words);
            BlockMix(x, scratch, r);
        }

        for (var i = 0; i < n; i++)
        {
            var j = (int)(x[(2 * r - 1) * 16] & (uint)(n - 1));
            var vj = v.AsSpan(j * words, words);
            for (var w = 0; w < words; w++)
            {
                x[w] ^= vj[w];
            }

            BlockMix(x, scratch, r);
        }
    }

    // BlockMix_salsa20/8: Y_i = Salsa(Y_{i-1} xor B_i); output the even blocks, then the odd ones.
    private static void BlockMix(uint[] b, uint[] y, int r)
    {
        Span<uint> t = stackalloc uint[16];
        b.AsSpan((2 * r - 1) * 16, 16).CopyTo(t);
        for (var i = 0; i < 2 * r; i++)
        {
            for (var w = 0; w < 16; w++)
            {
                t[w] ^= b[(i * 16) + w];
            }

            Salsa208(t);
            t.CopyTo(y.AsSpan(((i / 2) + ((i % 2) * r)) * 16, 16));
        }

        y.CopyTo(b, 0);
    }

    private static void Salsa208(Span<uint> block)
    {
        uint x0 = block[0], x1 = block[1], x2 = block[2], x3 = block[3], x4 = block[4], x5 = block[5], x6 = block[6], x7 = block[7];
        uint x8 = block[8], x9 = block[9], x10 = block[10], x11 = block[11], x12 = block[12], x13 = block[13], x14 = block[14], x15 = block[15];
        for (var i = 0; i < 8; i += 2)
        {
            // Columns.
            x4 ^= BitOperations.RotateLeft(x0 + x12, 7); x8 ^= BitOperations.RotateLeft(x4 + x0, 9);
            x12 ^= BitOperations.RotateLeft(x8 + x4, 13); x0 ^= BitOperations.RotateLeft(x12 + x8, 18);
            x9 ^= BitOperations.RotateLeft(x5 + x1, 7); x13 ^= BitOperations.RotateLeft(x9 + x5, 9);
            x1 ^= BitOperations.RotateLeft(x13 + x9, 13); x5 ^= BitOperations.RotateLeft(x1 + x13, 18);
            x14 ^= BitOperations.RotateLeft(x10 + x6, 7); x2 ^= BitOperations.RotateLeft(x14 + x10, 9);
            x6 ^= BitOperations.RotateLeft(x2 + x14, 13); x10 ^= BitOperations.RotateLeft(x6 + x2, 18);
            x3 ^= BitOperations.RotateLeft(x15 + x11, 7); x7 ^= BitOperations.RotateLeft(x3 + x15, 9);
            x11 ^= BitOperations.RotateLeft(x7 + x3, 13); x15 ^= BitOperations.RotateLeft(x11 + x7, 18);

            // Rows.
            x1 ^= BitOperations.RotateLeft(x0 + x3, 7); x2 ^= BitOperations.RotateLeft(x1 + x0, 9);
            x3 ^= BitOperations.RotateLeft(x2 + x1, 13); x0 ^= BitOperations.RotateLeft(x3 + x2, 18);
            x6 ^= BitOperations.RotateLeft(x5 + x4, 7); x7 ^= BitOperations.RotateLeft(x6 + x5, 9);
            x4 ^= BitOperations.RotateLeft(x7 + x6, 13); x5 ^= BitOperations.RotateLeft(x4 + x7, 18);
            x11 ^= BitOperations.RotateLeft(x10 + x9, 7); x8 ^= BitOperations.RotateLeft(x11 + x10, 9);
            x9 ^= BitOperations.RotateLeft(x8 + x11, 13); x10 ^= BitOperations.RotateLeft(x9 + x8, 18);
            x12 ^= BitOperations.RotateLeft(x15 + x14, 7); x13 ^= BitOperations.RotateLeft(x12 + x15, 9);
            x14 ^= BitOperations.RotateLeft(x13 + x12, 13); x15 ^= BitOperations.RotateLeft(x14 + x13, 18);
        }

        block[0] += x0; block[1] += x1; block[2] += x2; block[3] += x3; block[4] += x4; block[5] += x5; block[6] += x6; block[7] += x7;
        block[8] += x8; block[9] += x9; block[10] += x10; block[11] += x11; block[12] += x12; block[13] += x13; block[14] += x14; block[15] += x15;
    }
}
