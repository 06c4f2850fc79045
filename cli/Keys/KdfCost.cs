using ProvenanceLedger.Sdk.Ethereum.Keystore;

namespace ProvenanceLedger.Cli.Keys;

/// <summary>How expensive a new keystore is to open: geth's "standard" and "light" scrypt settings.</summary>
public enum KdfCost
{
    /// <summary>scrypt n = 2^18, r = 8, p = 1: for keys that guard anything of value.</summary>
    Standard,

    /// <summary>scrypt n = 2^12, r = 8, p = 6: for development keys opened many times a minute.</summary>
    Light,
}

/// <summary>Keystore options per <see cref="KdfCost"/>.</summary>
public static class KdfCosts
{
    /// <summary>The keystore options of <paramref name="cost"/>.</summary>
    public static KeystoreOptions Options(KdfCost cost) => cost == KdfCost.Light
        ? new KeystoreOptions { ScryptN = 1 << 12, ScryptR = 8, ScryptP = 6 }
        : new KeystoreOptions();
}
