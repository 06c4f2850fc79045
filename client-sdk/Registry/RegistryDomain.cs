using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.TypedData;

namespace ProvenanceLedger.Sdk.Registry;

/// <summary>
/// The registry's EIP-712 domain: name "ProvenanceRegistry", version "1", the chain id and the registry's
/// address, so a signature is valid for one deployment only.
/// </summary>
public sealed record RegistryDomain(ulong ChainId, Address Registry)
{
    /// <summary>The domain name the registry's constructor passes to EIP712.</summary>
    public const string Name = "ProvenanceRegistry";

    /// <summary>The domain version.</summary>
    public const string Version = "1";

    /// <summary>The EIP-712 domain.</summary>
    public TypedDataDomain ToTypedDataDomain() => new()
    {
        Name = Name,
        Version = Version,
        ChainId = ChainId,
        VerifyingContract = Registry,
    };
}
