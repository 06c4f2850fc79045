namespace ProvenanceLedger.Sdk.Proofs;

/// <summary>
/// A proof bundle file that this reader cannot accept: unknown major version, invalid JSON, or a member that
/// is missing or malformed. <see cref="Member"/> is the JSON pointer of the offending member.
/// </summary>
public sealed class BundleFormatException : Exception
{
    /// <summary>Creates the exception; the message names the member and says what is wrong.</summary>
    public BundleFormatException(string message, string member)
        : base(message)
    {
        Member = member;
    }

    /// <summary>JSON pointer of the offending member ("" for the whole file).</summary>
    public string Member { get; }
}
