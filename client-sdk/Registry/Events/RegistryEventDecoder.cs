using System.Collections.Concurrent;
using ProvenanceLedger.Sdk.Contracts;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Abi;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using static ProvenanceLedger.Sdk.Registry.RegistryValues;

namespace ProvenanceLedger.Sdk.Registry.Events;

/// <summary>
/// Turns a raw registry log into its typed event record. Used by the registry client, the node's indexer
/// and the audit replay, so all three read the chain the same way.
/// </summary>
/// <remarks>
/// A direct anchor's log is anonymous (<see cref="DirectAnchorLog"/>) and names its accreditation by id, so the
/// decoder keeps the ids it has met, per registry (each numbers its own): every AccreditationGranted it decodes,
/// and any a caller tells it (<see cref="LearnAccreditation"/>). Decoding a registry's logs from its deployment, in
/// chain order, meets every grant before the anchors that use it; <see cref="AccreditationLookup"/> asks the
/// registry for the others.
/// </remarks>
public sealed class RegistryEventDecoder
{
    private readonly ContractAbi _abi;
    private readonly ConcurrentDictionary<(Address Registry, uint Id), (Address Issuer, Hash32 DocType)> _accreditations = new();

    /// <summary>A decoder for the embedded ProvenanceRegistry ABI.</summary>
    public RegistryEventDecoder()
        : this(ContractAbi.Parse(ContractArtifacts.ProvenanceRegistry.AbiJson))
    {
    }

    /// <summary>A decoder for a registry ABI (a later version that keeps the same events).</summary>
    public RegistryEventDecoder(ContractAbi abi) => _abi = abi ?? throw new ArgumentNullException(nameof(abi));

    /// <summary>Whether <paramref name="log"/> carries a registry event this decoder knows (by topic 0, or by the direct anchor's shape).</summary>
    internal bool IsRegistryEvent(Log log)
    {
        ArgumentNullException.ThrowIfNull(log);
        return DirectAnchorLog.Matches(log) || (log.Topics.Count > 0 && _abi.FindEvent(log.Topics[0]) is not null);
    }

    /// <summary>Tells the decoder what accreditation <paramref name="id"/> of <paramref name="registry"/> stands for (its accreditationKey).</summary>
    public void LearnAccreditation(Address registry, uint id, Address issuer, Hash32 docType) => _accreditations[(registry, id)] = (issuer, docType);

    /// <summary>Whether the decoder knows what accreditation <paramref name="id"/> of <paramref name="registry"/> stands for.</summary>
    public bool KnowsAccreditation(Address registry, uint id) => _accreditations.ContainsKey((registry, id));

    /// <summary>Decodes <paramref name="log"/>; null when its topic 0 is no registry event.</summary>
    /// <exception cref="RegistryException">
    /// The topic is a registry event but the log does not decode as one, or a direct anchor names an accreditation
    /// the decoder has not met.
    /// </exception>
    public RegistryEvent? TryDecode(Log log)
    {
        ArgumentNullException.ThrowIfNull(log);
        if (DirectAnchorLog.Matches(log))
        {
            return DecodeDirectAnchor(log);
        }

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

        var mapped = Map(LogPosition.Of(log), decoded);
        if (mapped is AccreditationGrantedEvent granted)
        {
            LearnAccreditation(log.Address, granted.AccreditationId, granted.Issuer, granted.DocType);
        }

        return mapped;
    }

    private BatchAnchoredEvent DecodeDirectAnchor(Log log)
    {
        var anchor = DirectAnchorLog.Read(log);
        if (!_accreditations.TryGetValue((log.Address, anchor.AccreditationId), out var accreditation))
        {
            throw new RegistryException(
                $"batch {anchor.Root} (log {log.LogIndex} of block {log.BlockNumber}) names accreditation {anchor.AccreditationId} of registry {log.Address}, whose grant this decoder has not read; decode the registry's logs from its deployment block in order, or call AccreditationLookup.LearnAccreditationsAsync first");
        }

        if (accreditation.Issuer != anchor.Issuer)
        {
            throw new RegistryException(
                $"batch {anchor.Root} (log {log.LogIndex} of block {log.BlockNumber}) was anchored by {anchor.Issuer} under accreditation {anchor.AccreditationId}, which belongs to {accreditation.Issuer}; is {log.Address} really a ProvenanceRegistry 2.x?");
        }

        return new BatchAnchoredEvent(LogPosition.Of(log), anchor.Root, anchor.Issuer, accreditation.DocType, anchor.Count, "", anchor.Issuer);
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
        "AccreditationGranted" => new AccreditationGrantedEvent(at, Address(e["issuer"]), Hash(e["docType"]), Time(e["validFrom"]), Time(e["validUntil"]), (string)e["name"], (string)e["uri"], UInt32(e["id"])),
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
