using System.Security.Cryptography;

namespace ProvenanceLedger.Sdk.Documents.Hashing;

/// <summary>Where salts come from. Production code uses <see cref="CryptographicSaltSource"/>.</summary>
public interface ISaltSource
{
    /// <summary>Fills <paramref name="destination"/> with unpredictable bytes.</summary>
    void Fill(Span<byte> destination);

    /// <summary>
    /// True when any thread may draw from the source in any order (a thread-safe CSPRNG: nobody can reproduce
    /// its bytes anyway), so issuing draws salts on every core. False (the default) draws in document order
    /// on one thread, so a seeded source gives the same salts to the same documents on one core or many.
    /// </summary>
    bool DrawsInAnyOrder => false;
}

/// <summary>
/// Salts from the operating system's CSPRNG. 256 random bits make a repeated salt practically impossible,
/// which is what "never reused" in FORMAT.md §2 relies on.
/// </summary>
public sealed class CryptographicSaltSource : ISaltSource
{
    /// <inheritdoc />
    public void Fill(Span<byte> destination) => RandomNumberGenerator.Fill(destination);

    /// <inheritdoc />
    public bool DrawsInAnyOrder => true;
}
