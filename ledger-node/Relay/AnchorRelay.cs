using System.Collections.Concurrent;
using System.Globalization;
using System.Numerics;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using ProvenanceLedger.Node.Configuration;
using ProvenanceLedger.Node.Ledger;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Contracts;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Ethereum.Signing;
using ProvenanceLedger.Sdk.Registry;

namespace ProvenanceLedger.Node.Relay;

/// <summary>
/// Anchors issuers' signed batches with the node's relayer account. Everything that would make anchorBySig
/// revert is checked first (chain and registry, deadline, signature, nonce, accreditation now, quota), so gas
/// is only spent on batches that will anchor. One submission at a time keeps "same root twice" idempotent.
/// </summary>
internal sealed class AnchorRelay(
    EthRpcClient rpc,
    ILedgerIndex index,
    RelayerAccount relayer,
    RelayQuota quota,
    IOptions<RelayOptions> options,
    FollowedRegistries followed,
    TimeProvider time) : IDisposable
{
    private readonly ConcurrentDictionary<Hash32, RelayedAnchor> _anchors = new();
    private readonly Channel<RelayedAnchor> _sent = Channel.CreateUnbounded<RelayedAnchor>();
    private readonly SemaphoreSlim _submit = new(1, 1);

    /// <summary>Sent transactions whose receipts the <see cref="RelayReceiptWatcher"/> waits for.</summary>
    public ChannelReader<RelayedAnchor> Sent => _sent.Reader;

    /// <summary>What the relay knows of <paramref name="root"/>; null when it never relayed it.</summary>
    public RelayedAnchor? Get(Hash32 root) => _anchors.GetValueOrDefault(root);

    /// <summary>Records the outcome of a sent transaction.</summary>
    public void Complete(RelayedAnchor outcome) => _anchors[outcome.Root] = outcome;

    /// <summary>The domain and next nonce <paramref name="issuer"/> signs its next relayed batch for (the first followed registry).</summary>
    public async Task<AnchorTermsResponse> TermsAsync(Address issuer, CancellationToken cancellationToken)
    {
        var chainId = index.GetStatus().ChainId
            ?? throw Refused("Chain not known yet", "The node has not reached its chain yet; retry shortly.", StatusCodes.Status503ServiceUnavailable);
        var registry = followed.Addresses.FirstOrDefault();
        if (registry == default)
        {
            throw Refused("No registry", "This node follows no registry (Ledger:Registries), so it cannot relay.", StatusCodes.Status503ServiceUnavailable);
        }

        try
        {
            var nonce = await new RegistryClient(rpc, registry).NoncesAsync(issuer, cancellationToken: cancellationToken);
            return new AnchorTermsResponse(chainId, registry, nonce.ToString(CultureInfo.InvariantCulture));
        }
        catch (RpcException e)
        {
            throw Refused("Chain unreachable", $"The node cannot read {issuer}'s nonce from the chain: {e.Message}", StatusCodes.Status503ServiceUnavailable, e);
        }
    }

    /// <summary>Checks and sends the batch; returns the (possibly earlier) submission and whether it was new.</summary>
    public async Task<(RelayedAnchor Anchor, bool IsNew)> SubmitAsync(AnchorRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (message, issuer, signature, registry) = Read(request);
        await _submit.WaitAsync(cancellationToken);
        try
        {
            if (_anchors.TryGetValue(message.Root, out var earlier) && earlier.State != RelayState.Failed)
            {
                return earlier.Issuer == issuer
                    ? (earlier, false)
                    : throw Refused("Root already relayed", $"Batch {message.Root} was already relayed for {earlier.Issuer}.", StatusCodes.Status409Conflict);
            }

            var sender = await relayer.SenderAsync(cancellationToken);
            var client = new RegistryClient(rpc, registry, sender);
            await CheckAsync(client, message, issuer, signature, cancellationToken);
            quota.Take(issuer);
            Hash32 transaction;
            try
            {
                transaction = await SendAsync(sender, message, issuer, signature, registry, cancellationToken);
            }
            catch
            {
                quota.Return(issuer);
                throw;
            }

            var anchor = new RelayedAnchor(message.Root, issuer, RelayState.Pending, transaction, time.GetUtcNow());
            _anchors[message.Root] = anchor;
            await _sent.Writer.WriteAsync(anchor, cancellationToken);
            return (anchor, true);
        }
        finally
        {
            _submit.Release();
        }
    }

    private (AnchorBatchMessage Message, Address Issuer, EthereumSignature Signature, Address Registry) Read(AnchorRequest request)
    {
        var status = index.GetStatus();
        if (status.ChainId is not { } chainId)
        {
            throw Refused("Chain not known yet", "The node has not reached its chain yet; retry shortly.", StatusCodes.Status503ServiceUnavailable);
        }

        if (request.ChainId != chainId)
        {
            throw Refused("Wrong chain", $"The batch is signed for chain {request.ChainId}, but this node relays on chain {chainId}; sign for chain {chainId} or use a node of chain {request.ChainId}.");
        }

        var registry = Parse<Address>(request.Registry, "registry", Address.TryParse);
        if (!followed.Addresses.Contains(registry))
        {
            throw Refused("Wrong registry", $"The batch is signed for registry {registry}, but this node relays to {string.Join(", ", followed.Addresses)}.");
        }

        if (!BigInteger.TryParse(request.Nonce, NumberStyles.None, CultureInfo.InvariantCulture, out var nonce))
        {
            throw Refused("Malformed nonce", $"'nonce' must be a decimal unsigned integer; got '{request.Nonce}'.");
        }

        if (request.Count == 0)
        {
            throw Refused("Empty batch", "'count' must be at least 1.");
        }

        var deadline = request.Deadline is > 0 and < 253402300799 ? DateTimeOffset.FromUnixTimeSeconds(request.Deadline)
            : throw Refused("Malformed deadline", $"'deadline' must be unix seconds; got {request.Deadline}.");
        var message = new AnchorBatchMessage(
            Parse<Hash32>(request.Root, "root", Hash32.TryParse), Parse<Hash32>(request.DocType, "docType", Hash32.TryParse), request.Count, request.Uri ?? "", nonce, deadline);
        var issuer = Parse<Address>(request.Issuer, "issuer", Address.TryParse);
        EthereumSignature signature;
        try
        {
            signature = EthereumSignature.Parse(request.Signature);
        }
        catch (SignatureException e)
        {
            throw Refused("Malformed signature", $"'signature' must be 65 bytes as 0x hex (r, s, v): {e.Message}");
        }

        return (message, issuer, signature, registry);
    }

    private async Task CheckAsync(RegistryClient registry, AnchorBatchMessage message, Address issuer, EthereumSignature signature, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (message.Deadline < now + options.Value.MinimumDeadlineMargin)
        {
            throw Refused("Deadline passed", $"The signature's deadline {message.Deadline.UtcDateTime:u} is past or within {options.Value.MinimumDeadlineMargin} of now; sign again with a later deadline.");
        }

        var domain = new RegistryDomain(index.GetStatus().ChainId!.Value, registry.Address);
        Address signer;
        try
        {
            signer = message.RecoverSigner(signature, domain);
        }
        catch (SignatureException e)
        {
            throw Refused("Invalid signature", $"The signature recovers to no key ({e.Message}); sign the AnchorBatch typed data again.");
        }

        if (signer != issuer)
        {
            throw Refused("Signature not by the issuer", $"The signature is by {signer}, not by the issuer {issuer}; sign with the issuer's key, for chain {domain.ChainId} and registry {domain.Registry}.", StatusCodes.Status403Forbidden);
        }

        var batch = await registry.GetBatchAsync(message.Root, cancellationToken: cancellationToken);
        if (batch.IsAnchored)
        {
            throw Refused("Already anchored", $"Batch {message.Root} is already anchored (block {batch.AnchoredBlock}); nothing to relay.", StatusCodes.Status409Conflict);
        }

        var expected = await registry.NoncesAsync(issuer, cancellationToken: cancellationToken);
        if (message.Nonce != expected)
        {
            throw Refused("Wrong nonce", $"The signature uses nonce {message.Nonce}, but {issuer}'s next nonce is {expected}; sign again with nonce {expected}.", StatusCodes.Status409Conflict);
        }

        if (!await registry.IsAccreditedAtAsync(issuer, message.DocType, now, cancellationToken: cancellationToken))
        {
            throw Refused("Issuer not accredited", $"{issuer} is not accredited now for document type {message.DocType}; ask governance to accredit it.", StatusCodes.Status403Forbidden);
        }
    }

    private static async Task<Hash32> SendAsync(TransactionSender sender, AnchorBatchMessage message, Address issuer, EthereumSignature signature, Address registry, CancellationToken cancellationToken)
    {
        var call = RegistryClient.Abi.GetFunction("anchorBySig").EncodeCall(
            message.Root, message.DocType, message.Count, message.Uri, issuer, message.Nonce, new BigInteger(message.Deadline.ToUnixTimeSeconds()), signature.ToBytes());
        try
        {
            // Gas estimation replays the call, so a revert the checks did not foresee surfaces here, before sending.
            return await sender.SendAsync(new TransactionRequest { To = registry, Data = call }, cancellationToken, RegistryClient.Abi);
        }
        catch (ContractRevertException e)
        {
            throw Refused("Registry would refuse the batch", $"anchorBySig would revert: {e.Message}", StatusCodes.Status422UnprocessableEntity, e);
        }
    }

    private static T Parse<T>(string? text, string name, TryParse<T> parse) =>
        parse(text, out var value) ? value : throw Refused($"Malformed {name}", $"'{name}' must be 0x hex of the right length; got '{text}'.");

    private static RelayException Refused(string title, string detail, int status = StatusCodes.Status400BadRequest, Exception? inner = null) => new(title, detail, status, inner);

    private delegate bool TryParse<T>(string? text, out T value);

    public void Dispose() => _submit.Dispose();
}
