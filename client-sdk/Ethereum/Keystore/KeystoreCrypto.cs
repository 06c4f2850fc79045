using System.Security.Cryptography;
using System.Text;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Modes;
using Org.BouncyCastle.Crypto.Parameters;

namespace ProvenanceLedger.Sdk.Ethereum.Keystore;

/// <summary>The primitives of Web3 Secret Storage v3: key derivation, AES-128-CTR and the Keccak MAC.</summary>
internal static class KeystoreCrypto
{
    public static byte[] DeriveScrypt(string password, ReadOnlySpan<byte> salt, int n, int r, int p, int length) =>
        Scrypt.Derive(Encoding.UTF8.GetBytes(password), salt, n, r, p, length);

    // The platform's PBKDF2 (OpenSSL-backed on Linux) is several times faster than a managed one at 2^18 rounds.
    public static byte[] DerivePbkdf2(string password, ReadOnlySpan<byte> salt, int iterations, int length) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, length);

    /// <summary>AES-128-CTR with a 128-bit big-endian counter starting at <paramref name="iv"/>; encrypts and decrypts.</summary>
    public static byte[] AesCtr(ReadOnlySpan<byte> key, ReadOnlySpan<byte> iv, ReadOnlySpan<byte> input)
    {
        var cipher = new SicBlockCipher(new AesEngine());
        cipher.Init(true, new ParametersWithIV(new KeyParameter(key), iv));
        var output = new byte[input.Length];
        var block = cipher.GetBlockSize();
        Span<byte> plain = stackalloc byte[16];
        Span<byte> encrypted = stackalloc byte[16];
        for (var offset = 0; offset < input.Length; offset += block)
        {
            var length = Math.Min(block, input.Length - offset);
            plain.Clear();
            input.Slice(offset, length).CopyTo(plain);
            cipher.ProcessBlock(plain, encrypted);
            encrypted[..length].CopyTo(output.AsSpan(offset));
        }

        return output;
    }

    /// <summary>MAC = keccak256(derivedKey[16..32] ‖ ciphertext).</summary>
    public static Hash32 Mac(ReadOnlySpan<byte> derivedKey, ReadOnlySpan<byte> ciphertext)
    {
        var body = new byte[16 + ciphertext.Length];
        derivedKey[16..32].CopyTo(body);
        ciphertext.CopyTo(body.AsSpan(16));
        return Keccak256.Hash(body);
    }
}
