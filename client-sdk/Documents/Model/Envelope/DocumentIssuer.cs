using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>The issuer named in the envelope: its Ethereum account and display name.</summary>
public sealed record DocumentIssuer
{
    /// <summary>An issuer whose address is written in its EIP-55 checksummed form.</summary>
    /// <param name="address">The issuing account.</param>
    /// <param name="name">The display name (the accreditation record is authoritative).</param>
    public DocumentIssuer(Address address, string name)
        : this(address, name, address.ToString())
    {
    }

    private DocumentIssuer(Address address, string name, string writtenAddress)
    {
        ArgumentNullException.ThrowIfNull(name);
        Address = address;
        Name = name;
        WrittenAddress = writtenAddress;
    }

    /// <summary>The issuing account.</summary>
    public Address Address { get; }

    /// <summary>The issuer's display name (may be empty in a readable document; validation requires one).</summary>
    public string Name { get; }

    /// <summary>
    /// The address as the document writes it: EIP-55 for an issuer made in code, the original text for a
    /// document that was read (FORMAT.md lets readers accept any single case), so writing it back never
    /// changes the document's hash.
    /// </summary>
    public string WrittenAddress { get; }

    /// <summary>Reads "0x" + 40 hex digits; mixed case must be a correct EIP-55 checksum.</summary>
    internal static bool TryParseAddress(string text, out Address address)
    {
        address = default;
        return text.StartsWith("0x", StringComparison.Ordinal) && Address.TryParse(text, out address);
    }

    internal static DocumentIssuer AsWritten(Address address, string name, string writtenAddress) => new(address, name, writtenAddress);
}
