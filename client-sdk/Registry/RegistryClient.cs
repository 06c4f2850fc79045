using System.Collections.Concurrent;
using System.Numerics;
using ProvenanceLedger.Sdk.Contracts;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Abi;
using ProvenanceLedger.Sdk.Ethereum.Contracts;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Ethereum.Signing;
using ProvenanceLedger.Sdk.Registry.Events;
using static ProvenanceLedger.Sdk.Registry.RegistryValues;

namespace ProvenanceLedger.Sdk.Registry;

/// <summary>
/// Typed client of a deployed ProvenanceRegistry: every state-changing function (sent from
/// <see cref="Sender"/>, returning the receipt and the event it emitted), every view (optionally at a past
/// block), and the registry's events decoded into typed records. Reverts surface as
/// <see cref="ContractRevertException"/> with the registry's custom error decoded.
/// </summary>
public sealed class RegistryClient
{
    private static readonly Lazy<ContractAbi> RegistryAbi = new(() => ContractAbi.Parse(ContractArtifacts.ProvenanceRegistry.AbiJson));

    private readonly TransactionSender? _sender;
    private readonly ConcurrentDictionary<(Address Issuer, Hash32 DocType), uint> _accreditationIds = new();

    /// <summary>A client of the registry at <paramref name="address"/>; <paramref name="sender"/> (optional) sends transactions.</summary>
    public RegistryClient(EthRpcClient rpc, Address address, TransactionSender? sender = null)
    {
        ArgumentNullException.ThrowIfNull(rpc);
        Contract = new Contract(rpc, RegistryAbi.Value, address);
        Decoder = new RegistryEventDecoder(RegistryAbi.Value);
        _sender = sender;
    }

    /// <summary>The registry ABI embedded in the SDK.</summary>
    public static ContractAbi Abi => RegistryAbi.Value;

    /// <summary>The registry's address.</summary>
    public Address Address => Contract.Address;

    /// <summary>The underlying contract (raw calls and events).</summary>
    public Contract Contract { get; }

    /// <summary>The decoder of this registry's logs.</summary>
    public RegistryEventDecoder Decoder { get; }

    /// <summary>The RPC client.</summary>
    public EthRpcClient Rpc => Contract.Rpc;

    /// <summary>The account's sender; throws when the client was made read-only.</summary>
    public TransactionSender Sender => _sender
        ?? throw new InvalidOperationException("this RegistryClient is read-only: pass a TransactionSender to its constructor to send transactions");

    /// <summary>A client of the same registry sending from <paramref name="sender"/>.</summary>
    public RegistryClient WithSender(TransactionSender sender) => new(Rpc, Address, sender ?? throw new ArgumentNullException(nameof(sender)));

    /// <summary>Deploys a new registry whose governance (admin and GOVERNANCE_ROLE) is <paramref name="governance"/>.</summary>
    public static async Task<RegistryClient> DeployAsync(TransactionSender sender, Address governance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sender);
        var contract = await Contract.DeployAsync(sender, RegistryAbi.Value, ContractArtifacts.ProvenanceRegistry.Bytecode(), cancellationToken, governance);
        return new RegistryClient(sender.Rpc, contract.Address, sender);
    }

    /// <summary>The EIP-712 domain of this registry on the connected chain.</summary>
    public async Task<RegistryDomain> GetDomainAsync(CancellationToken cancellationToken = default) =>
        new(await Rpc.ChainIdAsync(cancellationToken), Address);

    // ---- accreditation (governance) ----

    /// <summary>Accredits <paramref name="issuer"/> for <paramref name="docType"/> over [validFrom, validUntil) (start clamped to block time).</summary>
    public Task<RegistryTransaction<AccreditationGrantedEvent>> AccreditAsync(
        Address issuer, Hash32 docType, DateTimeOffset validFrom, DateTimeOffset validUntil, string name, string uri, CancellationToken cancellationToken = default) =>
        SendAsync<AccreditationGrantedEvent>("accredit", cancellationToken, issuer, docType, UnixSeconds(validFrom), UnixSeconds(validUntil), name, uri);

    /// <summary>Suspends an active, unexpired accreditation now.</summary>
    public Task<RegistryTransaction<AccreditationSuspendedEvent>> SuspendAccreditationAsync(
        Address issuer, Hash32 docType, AccreditationReason reason, CancellationToken cancellationToken = default) =>
        SendAsync<AccreditationSuspendedEvent>("suspendAccreditation", cancellationToken, issuer, docType, (ushort)reason);

    /// <summary>Reinstates a suspended, unexpired accreditation: a new period from now to its end.</summary>
    public Task<RegistryTransaction<AccreditationReinstatedEvent>> ReinstateAccreditationAsync(
        Address issuer, Hash32 docType, CancellationToken cancellationToken = default) =>
        SendAsync<AccreditationReinstatedEvent>("reinstateAccreditation", cancellationToken, issuer, docType);

    /// <summary>Ends an active or suspended accreditation for good.</summary>
    public Task<RegistryTransaction<AccreditationEndedEvent>> EndAccreditationAsync(
        Address issuer, Hash32 docType, AccreditationReason reason, CancellationToken cancellationToken = default) =>
        SendAsync<AccreditationEndedEvent>("endAccreditation", cancellationToken, issuer, docType, (ushort)reason);

    /// <summary>Makes <paramref name="authority"/> a customs authority of <paramref name="country"/> (two upper-case letters).</summary>
    public Task<RegistryTransaction<CustomsAuthorityAddedEvent>> AddCustomsAuthorityAsync(
        Address authority, string country, CancellationToken cancellationToken = default) =>
        SendAsync<CustomsAuthorityAddedEvent>("addCustomsAuthority", cancellationToken, authority, CountryBytes(country));

    /// <summary>Removes a customs authority.</summary>
    public Task<RegistryTransaction<CustomsAuthorityRemovedEvent>> RemoveCustomsAuthorityAsync(
        Address authority, CancellationToken cancellationToken = default) =>
        SendAsync<CustomsAuthorityRemovedEvent>("removeCustomsAuthority", cancellationToken, authority);

    /// <summary>OpenZeppelin grantRole (CUSTOMS_ROLE needs <see cref="AddCustomsAuthorityAsync"/>); no event when already held.</summary>
    public Task<RegistryTransaction> GrantRoleAsync(Hash32 role, Address account, CancellationToken cancellationToken = default) =>
        SendAnyAsync("grantRole", cancellationToken, role, account);

    /// <summary>OpenZeppelin revokeRole; no event when not held.</summary>
    public Task<RegistryTransaction> RevokeRoleAsync(Hash32 role, Address account, CancellationToken cancellationToken = default) =>
        SendAnyAsync("revokeRole", cancellationToken, role, account);

    /// <summary>OpenZeppelin renounceRole for the sender's own account.</summary>
    public Task<RegistryTransaction> RenounceRoleAsync(Hash32 role, CancellationToken cancellationToken = default) =>
        SendAnyAsync("renounceRole", cancellationToken, role, Sender.Account);

    // ---- anchoring, revocation, supersession, decisions ----

    /// <summary>
    /// Anchors a batch root from the sender, who must be accredited for <paramref name="docType"/> now. The registry
    /// takes the accreditation's id, which this client reads once per issuer and type; a URI is not recorded on chain
    /// by a direct anchor (the issuer's signed AnchorBatch in each bundle carries it).
    /// </summary>
    /// <exception cref="RegistryException">The sender was never accredited for <paramref name="docType"/>.</exception>
    public async Task<RegistryTransaction<BatchAnchoredEvent>> AnchorAsync(
        Hash32 root, Hash32 docType, uint count, CancellationToken cancellationToken = default)
    {
        var issuer = Sender.Account;
        if (!_accreditationIds.TryGetValue((issuer, docType), out var id))
        {
            id = await AccreditationIdAsync(issuer, docType, default, cancellationToken);
            if (id == 0)
            {
                throw new RegistryException($"{issuer} was never accredited for document type {docType} by registry {Address}; governance must accredit it first");
            }

            // An id, once given, stands for this issuer and type for good.
            _accreditationIds[(issuer, docType)] = id;
            Decoder.LearnAccreditation(Address, id, issuer, docType);
        }

        return await SendAsync<BatchAnchoredEvent>("anchor", cancellationToken, root, DirectAnchorLog.Terms(id, count));
    }

    /// <summary>Anchors a batch the issuer signed (<see cref="AnchorBatchMessage"/>), the sender paying as relayer.</summary>
    public Task<RegistryTransaction<BatchAnchoredEvent>> AnchorBySigAsync(
        AnchorBatchMessage message, Address issuer, EthereumSignature signature, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        return SendAsync<BatchAnchoredEvent>("anchorBySig", cancellationToken,
            message.Root, message.DocType, message.Count, message.Uri, issuer, message.Nonce, UnixSeconds(message.Deadline), signature.ToBytes());
    }

    /// <summary>Revokes a whole batch (its issuer or governance).</summary>
    public Task<RegistryTransaction<BatchRevokedEvent>> RevokeBatchAsync(Hash32 root, RevocationReason reason, CancellationToken cancellationToken = default) =>
        SendAsync<BatchRevokedEvent>("revokeBatch", cancellationToken, root, (ushort)reason);

    /// <summary>Revokes one document, proven to be in <paramref name="root"/> (its issuer or governance).</summary>
    public Task<RegistryTransaction<DocumentRevokedEvent>> RevokeDocumentAsync(
        Hash32 docHash, Hash32 root, IReadOnlyList<Hash32> proof, RevocationReason reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(proof);
        return SendAsync<DocumentRevokedEvent>("revokeDocument", cancellationToken, docHash, root, Hashes(proof), (ushort)reason);
    }

    /// <summary>Supersedes an old document by a new one; the sender must have issued both batches.</summary>
    public Task<RegistryTransaction<SupersededEvent>> SupersedeAsync(
        Hash32 oldHash, Hash32 oldRoot, IReadOnlyList<Hash32> oldProof, Hash32 newHash, Hash32 newRoot, IReadOnlyList<Hash32> newProof,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(oldProof);
        ArgumentNullException.ThrowIfNull(newProof);
        return SendAsync<SupersededEvent>("supersede", cancellationToken, oldHash, oldRoot, Hashes(oldProof), newHash, newRoot, Hashes(newProof));
    }

    /// <summary>Records a customs decision on a document (the sender must be a customs authority).</summary>
    public Task<RegistryTransaction<DecisionRecordedEvent>> RecordDecisionAsync(
        Hash32 docHash, CustomsDecision decision, string declarationRef, CancellationToken cancellationToken = default) =>
        SendAsync<DecisionRecordedEvent>("recordDecision", cancellationToken, docHash, (byte)decision, declarationRef);

    // ---- views; "at" defaults to the latest block ----

    /// <summary>The registry's version, "2.0.0".</summary>
    public async Task<string> VersionAsync(BlockParameter at = default, CancellationToken cancellationToken = default) =>
        (string)(await CallAsync("version", at, cancellationToken))[0];

    /// <summary>The batch anchored under <paramref name="root"/> (<see cref="BatchRecord.IsAnchored"/> false when never anchored).</summary>
    public async Task<BatchRecord> GetBatchAsync(Hash32 root, BlockParameter at = default, CancellationToken cancellationToken = default)
    {
        var o = await CallAsync("batch", at, cancellationToken, root);
        return new BatchRecord(Address(o[0]), Hash(o[1]), UInt32(o[2]), Time(o[3]), UInt64(o[4]), (RevocationReason)UInt16(o[5]));
    }

    /// <summary>Whether a document hash or batch root is itself revoked (a document in a revoked batch: ask for its root too).</summary>
    public async Task<bool> IsRevokedAsync(Hash32 hash, BlockParameter at = default, CancellationToken cancellationToken = default) =>
        (bool)(await CallAsync("isRevoked", at, cancellationToken, hash))[0];

    /// <summary>The revocation reason of a document hash or batch root (<see cref="RevocationReason.None"/> when not revoked).</summary>
    public async Task<RevocationReason> RevocationReasonAsync(Hash32 hash, BlockParameter at = default, CancellationToken cancellationToken = default) =>
        (RevocationReason)UInt16((await CallAsync("revocationReason", at, cancellationToken, hash))[0]);

    /// <summary>The hash of the document that supersedes <paramref name="docHash"/>, or null.</summary>
    public async Task<Hash32?> SupersededByAsync(Hash32 docHash, BlockParameter at = default, CancellationToken cancellationToken = default)
    {
        var newHash = Hash((await CallAsync("supersededBy", at, cancellationToken, docHash))[0]);
        return newHash == Hash32.Zero ? null : newHash;
    }

    /// <summary>The registry's own check: root anchored and proof valid (revocation not considered).</summary>
    public async Task<bool> VerifyDocumentAsync(Hash32 docHash, Hash32 root, IReadOnlyList<Hash32> proof, BlockParameter at = default, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(proof);
        return (bool)(await CallAsync("verifyDocument", at, cancellationToken, docHash, root, Hashes(proof)))[0];
    }

    /// <summary>Whether the issuer was accredited for the type at <paramref name="time"/>.</summary>
    public async Task<bool> IsAccreditedAtAsync(Address issuer, Hash32 docType, DateTimeOffset time, BlockParameter at = default, CancellationToken cancellationToken = default) =>
        (bool)(await CallAsync("isAccreditedAt", at, cancellationToken, issuer, docType, UnixSeconds(time)))[0];

    /// <summary>The current accreditation of the issuer for the type.</summary>
    public async Task<AccreditationRecord> GetAccreditationAsync(Address issuer, Hash32 docType, BlockParameter at = default, CancellationToken cancellationToken = default)
    {
        var o = await CallAsync("accreditation", at, cancellationToken, issuer, docType);
        return new AccreditationRecord((AccreditationStatus)UInt8(o[0]), Time(o[1]), Time(o[2]), (int)UInt32(o[3]));
    }

    /// <summary>The id of the issuer's accreditation for the type (what <c>anchor</c> names); 0 when never accredited.</summary>
    public async Task<uint> AccreditationIdAsync(Address issuer, Hash32 docType, BlockParameter at = default, CancellationToken cancellationToken = default) =>
        UInt32((await CallAsync("accreditationId", at, cancellationToken, issuer, docType))[0]);

    /// <summary>The issuer and document type accreditation <paramref name="id"/> stands for; null for an unknown id.</summary>
    public async Task<(Address Issuer, Hash32 DocType)?> GetAccreditationKeyAsync(uint id, BlockParameter at = default, CancellationToken cancellationToken = default)
    {
        var o = await CallAsync("accreditationKey", at, cancellationToken, id);
        var issuer = Address(o[0]);
        return issuer == Ethereum.Address.Zero ? null : (issuer, Hash(o[1]));
    }

    /// <summary>Period <paramref name="index"/> of the issuer's accreditation history for the type.</summary>
    public async Task<AccreditationPeriod> GetAccreditationPeriodAsync(Address issuer, Hash32 docType, int index, BlockParameter at = default, CancellationToken cancellationToken = default)
    {
        var o = await CallAsync("accreditationPeriod", at, cancellationToken, issuer, docType, index);
        return new AccreditationPeriod(Time(o[0]), Time(o[1]));
    }

    /// <summary>Every period of the issuer's accreditation history for the type, oldest first.</summary>
    public async Task<IReadOnlyList<AccreditationPeriod>> GetAccreditationPeriodsAsync(Address issuer, Hash32 docType, BlockParameter at = default, CancellationToken cancellationToken = default)
    {
        var record = await GetAccreditationAsync(issuer, docType, at, cancellationToken);
        var periods = new List<AccreditationPeriod>(record.PeriodCount);
        for (var i = 0; i < record.PeriodCount; i++)
        {
            periods.Add(await GetAccreditationPeriodAsync(issuer, docType, i, at, cancellationToken));
        }

        return periods;
    }

    /// <summary>The issuer's next anchorBySig nonce.</summary>
    public async Task<BigInteger> NoncesAsync(Address issuer, BlockParameter at = default, CancellationToken cancellationToken = default) =>
        Integer((await CallAsync("nonces", at, cancellationToken, issuer))[0]);

    /// <summary>How many decisions were recorded on the document.</summary>
    public async Task<int> DecisionCountAsync(Hash32 docHash, BlockParameter at = default, CancellationToken cancellationToken = default) =>
        (int)UInt32((await CallAsync("decisionCount", at, cancellationToken, docHash))[0]);

    /// <summary>Decision <paramref name="index"/> on the document.</summary>
    public async Task<DecisionRecord> GetDecisionAtAsync(Hash32 docHash, int index, BlockParameter at = default, CancellationToken cancellationToken = default)
    {
        var o = await CallAsync("decisionAt", at, cancellationToken, docHash, index);
        return new DecisionRecord(Address(o[0]), (CustomsDecision)UInt8(o[1]), Country(o[2]), Time(o[3]));
    }

    /// <summary>Every decision on the document, in the order recorded.</summary>
    public async Task<IReadOnlyList<DecisionRecord>> GetDecisionsAsync(Hash32 docHash, BlockParameter at = default, CancellationToken cancellationToken = default)
    {
        var count = await DecisionCountAsync(docHash, at, cancellationToken);
        var decisions = new List<DecisionRecord>(count);
        for (var i = 0; i < count; i++)
        {
            decisions.Add(await GetDecisionAtAsync(docHash, i, at, cancellationToken));
        }

        return decisions;
    }

    /// <summary>The country of a customs authority; empty when the account is none.</summary>
    public async Task<string> CustomsCountryAsync(Address authority, BlockParameter at = default, CancellationToken cancellationToken = default) =>
        Country((await CallAsync("customsCountry", at, cancellationToken, authority))[0]);

    /// <summary>AccessControl hasRole.</summary>
    public async Task<bool> HasRoleAsync(Hash32 role, Address account, BlockParameter at = default, CancellationToken cancellationToken = default) =>
        (bool)(await CallAsync("hasRole", at, cancellationToken, role, account))[0];

    /// <summary>AccessControl getRoleAdmin.</summary>
    public async Task<Hash32> GetRoleAdminAsync(Hash32 role, BlockParameter at = default, CancellationToken cancellationToken = default) =>
        Hash((await CallAsync("getRoleAdmin", at, cancellationToken, role))[0]);

    /// <summary>ERC-165 supportsInterface.</summary>
    public async Task<bool> SupportsInterfaceAsync(ReadOnlyMemory<byte> interfaceId, BlockParameter at = default, CancellationToken cancellationToken = default) =>
        (bool)(await CallAsync("supportsInterface", at, cancellationToken, interfaceId.ToArray()))[0];

    /// <summary>The registry's ANCHOR_BATCH_TYPEHASH constant.</summary>
    public async Task<Hash32> AnchorBatchTypeHashAsync(CancellationToken cancellationToken = default) =>
        Hash((await CallAsync("ANCHOR_BATCH_TYPEHASH", default, cancellationToken))[0]);

    /// <summary>EIP-5267 eip712Domain: the domain the registry signs under, read from the chain.</summary>
    public async Task<RegistryDomain> Eip712DomainAsync(CancellationToken cancellationToken = default)
    {
        var o = await CallAsync("eip712Domain", default, cancellationToken);
        return new RegistryDomain((ulong)Integer(o[3]), Address(o[4]));
    }

    // ---- events ----

    /// <summary>Every registry event in [fromBlock, toBlock], in chain order.</summary>
    public async Task<IReadOnlyList<RegistryEvent>> GetEventsAsync(BlockParameter fromBlock, BlockParameter toBlock, CancellationToken cancellationToken = default)
    {
        var logs = await Rpc.GetLogsAsync(new LogFilter { Addresses = [Address], FromBlock = fromBlock, ToBlock = toBlock }, cancellationToken);
        return await DecodeAllAsync(logs, cancellationToken);
    }

    /// <summary>
    /// The anchors in [fromBlock, toBlock], of <paramref name="root"/> only when given: direct anchors (anonymous logs,
    /// found by the root as topic 0) and relayed ones (<c>BatchAnchored</c>), in chain order. Use it rather than
    /// <see cref="GetEventsAsync{TEvent}"/> with "BatchAnchored", which names the relayed event only.
    /// </summary>
    public async Task<IReadOnlyList<BatchAnchoredEvent>> GetBatchAnchoredAsync(
        Hash32? root, BlockParameter fromBlock, BlockParameter toBlock, CancellationToken cancellationToken = default)
    {
        if (root is not { } only)
        {
            return [.. (await GetEventsAsync(fromBlock, toBlock, cancellationToken)).OfType<BatchAnchoredEvent>()];
        }

        // The two kinds need two filters (the root is topic 0 of one, topic 1 of the other): both asked at once.
        var kinds = await Task.WhenAll(((string[])["BatchAnchoredDirect", "BatchAnchored"]).Select(eventName =>
            Rpc.GetLogsAsync(Contract.EventFilter(eventName, fromBlock, toBlock, only), cancellationToken)));
        var logs = kinds.SelectMany(found => found).ToList();
        logs.Sort((a, b) => a.BlockNumber != b.BlockNumber ? a.BlockNumber.CompareTo(b.BlockNumber) : a.LogIndex.CompareTo(b.LogIndex));
        return [.. (await DecodeAllAsync(logs, cancellationToken)).OfType<BatchAnchoredEvent>().Where(e => e.Root == only)];
    }

    /// <summary>
    /// The <typeparamref name="TEvent"/> events named <paramref name="eventName"/> in [fromBlock, toBlock] whose
    /// indexed inputs match <paramref name="indexedFilters"/> (in order; null = any), in chain order.
    /// </summary>
    public async Task<IReadOnlyList<TEvent>> GetEventsAsync<TEvent>(
        string eventName, BlockParameter fromBlock, BlockParameter toBlock, CancellationToken cancellationToken, params object?[] indexedFilters)
        where TEvent : RegistryEvent
    {
        var abiEvent = Abi.GetEvent(eventName);
        if (abiEvent.Anonymous)
        {
            throw new ArgumentException($"{eventName} is anonymous and has no topic to filter on; read direct anchors with GetBatchAnchoredAsync", nameof(eventName));
        }

        var logs = await Rpc.GetLogsAsync(Contract.EventFilter(eventName, fromBlock, toBlock, indexedFilters), cancellationToken);
        return [.. (await DecodeAllAsync(logs, cancellationToken)).OfType<TEvent>()];
    }

    /// <summary>
    /// Decodes logs of this registry (other logs are skipped), first learning every accreditation a direct anchor
    /// among them names (<see cref="AccreditationLookup"/>): use it for logs that do not start at the registry's
    /// deployment.
    /// </summary>
    public async Task<IReadOnlyList<RegistryEvent>> DecodeAllAsync(IReadOnlyList<Log> logs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(logs);
        List<Log> own = [.. logs.Where(log => log.Address == Address)];
        await Decoder.LearnAccreditationsAsync(Rpc, own, cancellationToken);
        return Decoder.DecodeAll(own);
    }

    private Task<object[]> CallAsync(string function, BlockParameter at, CancellationToken cancellationToken, params object[] arguments) =>
        Contract.CallAtAsync(function, at, cancellationToken, arguments);

    private async Task<RegistryTransaction<TEvent>> SendAsync<TEvent>(string function, CancellationToken cancellationToken, params object[] arguments)
        where TEvent : RegistryEvent
    {
        var sent = await SendAnyAsync(function, cancellationToken, arguments);
        var emitted = sent.Events.OfType<TEvent>().FirstOrDefault()
            ?? throw new RegistryException($"{function} in transaction {sent.Receipt.TransactionHash} emitted no {typeof(TEvent).Name}; is {Address} a ProvenanceRegistry 2.x?");
        return new RegistryTransaction<TEvent>(sent.Receipt, sent.Events, emitted);
    }

    private async Task<RegistryTransaction> SendAnyAsync(string function, CancellationToken cancellationToken, params object[] arguments)
    {
        var receipt = await Contract.SendAsync(Sender, function, cancellationToken, arguments);
        return new RegistryTransaction(receipt, await DecodeAllAsync(receipt.Logs, cancellationToken));
    }
}
