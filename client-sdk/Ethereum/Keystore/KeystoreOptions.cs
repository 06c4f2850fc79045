namespace ProvenanceLedger.Sdk.Ethereum.Keystore;

/// <summary>The key-derivation functions Web3 Secret Storage defines.</summary>
public enum KeystoreKdf
{
    /// <summary>scrypt (geth's and ethers' default).</summary>
    Scrypt,

    /// <summary>PBKDF2 with HMAC-SHA256.</summary>
    Pbkdf2,
}

/// <summary>How a keystore is written. The defaults are geth's "standard" cost (scrypt n = 2^18, r = 8, p = 1).</summary>
public sealed record KeystoreOptions
{
    /// <summary>The key-derivation function.</summary>
    public KeystoreKdf Kdf { get; init; } = KeystoreKdf.Scrypt;

    /// <summary>scrypt CPU/memory cost n (a power of two).</summary>
    public int ScryptN { get; init; } = 1 << 18;

    /// <summary>scrypt block size r.</summary>
    public int ScryptR { get; init; } = 8;

    /// <summary>scrypt parallelism p.</summary>
    public int ScryptP { get; init; } = 1;

    /// <summary>PBKDF2 iteration count c.</summary>
    public int Pbkdf2Iterations { get; init; } = 1 << 18;
}
