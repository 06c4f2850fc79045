using ProvenanceLedger.Sdk.Contracts;
using ProvenanceLedger.Sdk.Ethereum.Abi;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using static ProvenanceLedger.Sdk.Registry.RegistryValues;

namespace ProvenanceLedger.Sdk.Registry.Events;

/// <summary>
/// Turns a raw registry log into its typed event record. Used by the registry client, the node's indexer
/// and the audit replay, so all three read the chain the same way.
/// </summary>
public sealed class RegistryEventDecoder
{
    private readonly ContractAbi _abi;

    /// <summary>A decoder for the embedded ProvenanceRegistry ABI.</summary>
    public RegistryEventDecoder()
        : this(ContractAbi.Parse(ContractArtifacts.ProvenanceRegistry.AbiJson))
    {
    }

    /// <summary>A decoder for a registry ABI (a later version that keeps the same events).</summary>
    public RegistryEventDecoder(ContractAbi abi) => _abi = abi ?? throw new ArgumentNullException(nameof(abi));

    /// <summary>Whether <paramref name="log"/> carries a registry event this decoder knows (by topic 0).</summary>
    public bool IsRegistryEvent(Log log)
    {
        ArgumentNullException.ThrowIfNull(log);
        return log.Topics.Count > 0 && _abi.FindEvent(log.Topics[0]) is not null;
    }

    /// <summary>Decodes <paramref name="log"/>; null when its topic 0 is no registry event.</summary>
    /// <exception cref="RegistryException">The topic is a registry event but the log does not decode as one.</exception>
    public RegistryEvent? TryDecode(Log log)
    {
        ArgumentNullException.ThrowIfNull(log);
        if (log.Topics.Count == 0 || _abi.FindEvent(log.Topics[0]) is not { } abiEvent)
        {
            return null;
        }

        DecodedEvent decoded;
        try
        {
            decoded = abiEvent.Decode(log.Topics, log.Data);
        }
        catch (AbiException e)
        {
            throw new RegistryException(
                $"log {log.LogIndex} of block {log.BlockNumber} has the {abiEvent.Name} topic but does not decode as it ({e.Message}); is {log.Address} really a ProvenanceRegistry?", e);
        }

        return Map(LogPosition.Of(log), decoded);
    }

    /// <summary>Decodes <paramref name="log"/>, which must carry a registry event.</summary>
    /// <exception cref="RegistryException">The log is not a registry event.</exception>
    public RegistryEvent Decode(Log log) => TryDecode(log)
        ?? throw new RegistryException(
            $"log {log.LogIndex} of block {log.BlockNumber} (topic {(log.Topics.Count > 0 ? log.Topics[0].ToString() : "none")}) is not a registry event; filter logs by the registry's address");

    /// <summary>Decodes every registry event among <paramref name="logs"/>, skipping other logs, in the given order.</summary>
    public IReadOnlyList<RegistryEvent> DecodeAll(IEnumerable<Log> logs)
    {
        ArgumentNullException.ThrowIfNull(logs);
        return [.. logs.Select(TryDecode).OfType<RegistryEvent>()];
    }

    private static RegistryEvent Map(LogPosition at, DecodedEvent e) => e.Name switch
    {
        "BatchAnchored" => new BatchAnchoredEvent(at, Hash(e["root"]), Address(e["issuer"]), Hash(e["docType"]), UInt32(e["count"]), (string)e["uri"], Address(e["relayer"])),
        "BatchRevoked" => new BatchRevokedEvent(at, Hash(e["root"]), Address(e["issuer"]), (RevocationReason)UInt16(e["reason"]), Address(e["revokedBy"])),
        "DocumentRevoked" => new DocumentRevokedEvent(at, Hash(e["docHash"]), Address(e["issuer"]), Hash(e["root"]), (RevocationReason)UInt16(e["reason"]), Address(e["revokedBy"])),
        "Superseded" => new SupersededEvent(at, Hash(e["oldHash"]), Hash(e["newHash"]), Address(e["issuer"]), Hash(e["oldRoot"]), Hash(e["newRoot"])),
        "DecisionRecorded" => new DecisionRecordedEvent(at, Hash(e["docHash"]), Address(e["authority"]), UInt32(e["index"]), (CustomsDecision)UInt8(e["decision"]), Country(e["country"]), (string)e["declarationRef"]),
        "AccreditationGranted" => new AccreditationGrantedEvent(at, Address(e["issuer"]), Hash(e["docType"]), Time(e["validFrom"]), Time(e["validUntil"]), (string)e["name"], (string)e["uri"]),
        "AccreditationSuspended" => new AccreditationSuspendedEvent(at, Address(e["issuer"]), Hash(e["docType"]), (AccreditationReason)UInt16(e["reason"])),
        "AccreditationReinstated" => new AccreditationReinstatedEvent(at, Address(e["issuer"]), Hash(e["docType"]), Time(e["validFrom"]), Time(e["validUntil"])),
        "AccreditationEnded" => new AccreditationEndedEvent(at, Address(e["issuer"]), Hash(e["docType"]), (AccreditationReason)UInt16(e["reason"])),
        "CustomsAuthorityAdded" => new CustomsAuthorityAddedEvent(at, Address(e["authority"]), Country(e["country"])),
        "CustomsAuthorityRemoved" => new CustomsAuthorityRemovedEvent(at, Address(e["authority"]), Country(e["country"])),
        "RoleGranted" => new RoleGrantedEvent(at, Hash(e["role"]), Address(e["account"]), Address(e["sender"])),
        "RoleRevoked" => new RoleRevokedEvent(at, Hash(e["role"]), Address(e["account"]), Address(e["sender"])),
        "RoleAdminChanged" => new RoleAdminChangedEvent(at, Hash(e["role"]), Hash(e["previousAdminRole"]), Hash(e["newAdminRole"])),
        "EIP712DomainChanged" => new Eip712DomainChangedEvent(at),
        _ => throw new RegistryException($"the registry event {e.Event.Signature} has no typed record in this SDK version; update the SDK"),
    };
}
