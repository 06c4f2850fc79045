namespace ProvenanceLedger.Sdk.Documents;

/// <summary>The issuer named in the envelope: its Ethereum account and display name.</summary>
/// <param name="Address">The issuing account as 0x-prefixed hex of 20 bytes, kept exactly as written.</param>
/// <param name="Name">The issuer's display name (may be empty; the accreditation record is authoritative).</param>
public sealed record DocumentIssuer(string Address, string Name)
{
    /// <summary>True when <paramref name="text"/> is 0x followed by 40 hex digits (either case).</summary>
    public static bool IsAddressShape(string? text) =>
        text is { Length: 42 } && text.StartsWith("0x", StringComparison.Ordinal) && text[2..].All(char.IsAsciiHexDigit);
}
