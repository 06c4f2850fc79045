using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Canonical;
using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Signing;
using ProvenanceLedger.Sdk.Ethereum.TypedData;
using ProvenanceLedger.Sdk.Issuing;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Sdk.Registry;

namespace ProvenanceLedger.Sdk.Verification;

/// <summary>
/// Verifies what a bundle proves by itself (FORMAT.md §5): recomputes the document hash from the document and
/// its salts (never trusting the stored one), folds the Merkle proof to the batch root, and checks the
/// issuer's EIP-712 AnchorBatch signature and any declarant co-signature. Thread-safe: each concurrent call
/// borrows its own hasher (a hasher caches pointer hashes and is not thread-safe); recovered signers are
/// remembered per instance, because every bundle of a batch carries the same issuer signature. They are remembered
/// by the signed message itself (equal messages and domains have equal EIP-712 digests), so a batch's later bundles
/// skip both the digest and the recovery.
/// </summary>
public sealed class OfflineBundleVerifier
{
    // A queue, not a ConcurrentBag: thread-pool continuations move requests between threads, so a bag's per-thread
    // lists are mostly empty and every take steals under a lock (Monitor contention under load, bench/README.md issue 7).
    private readonly ConcurrentQueue<DocumentHasher> _hashers = new();
    private readonly ConcurrentDictionary<(object Message, RegistryDomain Domain, EthereumSignature Signature), Address?> _recovered = new();
    private readonly int _rememberedSignatures;

    /// <summary>Creates a verifier remembering up to <paramref name="rememberedSignatures"/> recovered signers (0: recover every time).</summary>
    public OfflineBundleVerifier(int rememberedSignatures = 4096)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rememberedSignatures);
        _rememberedSignatures = rememberedSignatures;
    }

    /// <summary>Runs the offline checks on <paramref name="bundle"/>.</summary>
    public OfflineVerification Verify(ProofBundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var view = bundle.DocumentView;
        return Verify(bundle, view, EnvelopeView.Of(view), listFields: false);
    }

    /// <summary>
    /// Runs the offline checks with the document view and envelope the caller already read from the bundle (the view
    /// is lazy over the bundle's text: the tree walk and a field listing after a refusal use the same one); with
    /// <paramref name="listFields"/>, the result also lists the document's fields for a report, from the same walk
    /// that hashed them.
    /// </summary>
    internal OfflineVerification Verify(ProofBundle bundle, JsonObject view, EnvelopeView envelope, bool listFields)
    {
        var warnings = new List<string>();
        var (computed, integrity, leaves) = CheckIntegrity(bundle, () => view, listFields);
        var proof = integrity.Status == CheckStatus.Pass
            ? CheckProof(bundle, computed!.Value)
            : CheckResult.Unavailable(CheckNames.Proof, "Not checked: the document does not match its hash (see integrity).");
        var signatures = new List<ReportSignature>();
        var (issuerSigner, signature) = CheckIssuerSignature(bundle, envelope, signatures);
        var declarant = CheckDeclarants(bundle, envelope, computed, signatures);
        foreach (var other in bundle.Signatures.Where(s => s.Role is not ("issuer" or DocumentDeclaration.Role)))
        {
            signatures.Add(new ReportSignature(other.Role, other.Signer, false));
            warnings.Add($"the signature with role '{other.Role}' by {other.Signer} is of a kind this verifier does not check");
        }

        return new OfflineVerification(computed, integrity, proof, signature, declarant, issuerSigner, signatures, warnings)
        {
            Fields = !listFields ? null : leaves is null ? DocumentFields.Of(view) : DocumentFields.Of(leaves),
        };
    }

    // The document hash from the document's text (the bundle's own, or its object's when someone holds it), and the
    // document's leaves when asked for and the document could be hashed.
    private (Hash32? Computed, CheckResult Result, IReadOnlyList<FlatLeaf>? Leaves) CheckIntegrity(ProofBundle bundle, Func<JsonObject> view, bool listLeaves)
    {
        RecomputedLeaves hashed;
        var hasher = _hashers.TryDequeue(out var idle) ? idle : new DocumentHasher();
        try
        {
            hashed = hasher.Recompute(bundle.UntouchedDocumentUtf8, view, bundle.Salts, listLeaves);
        }
        catch (Exception e) when (e is DocumentHashingException or CanonicalJsonException)
        {
            return (null, CheckResult.Fail(CheckNames.Integrity, $"The document cannot be hashed: {e.Message}."), null);
        }
        finally
        {
            _hashers.Enqueue(hasher);
        }

        var redacted = hashed.RedactedLeafHashes.Count;
        var result = hashed.DocumentHash == bundle.DocumentHash
            ? CheckResult.Pass(CheckNames.Integrity,
                $"The document and its salts hash to {hashed.DocumentHash}, the hash in the bundle ({redacted} of {redacted + hashed.Pointers.Length} leaves redacted).")
            : CheckResult.Fail(CheckNames.Integrity,
                $"The document and its salts hash to {hashed.DocumentHash}, not to {bundle.DocumentHash} as the bundle says: a field, a salt or a redaction was changed.");
        return (hashed.DocumentHash, result, hashed.Leaves);
    }

    private static CheckResult CheckProof(ProofBundle bundle, Hash32 hash)
    {
        if (bundle.Batch.Proof.Count > RegistryLimits.MaxProofLength)
        {
            return CheckResult.Fail(CheckNames.Proof, $"The Merkle proof has {bundle.Batch.Proof.Count} hashes; no batch needs more than {RegistryLimits.MaxProofLength}.");
        }

        var root = BatchMerkleTree.ComputeRoot(hash, bundle.Batch.Proof);
        return root == bundle.Batch.Root
            ? CheckResult.Pass(CheckNames.Proof, $"The Merkle path leads from the document to batch root {bundle.Batch.Root}.")
            : CheckResult.Fail(CheckNames.Proof, $"The Merkle path leads from the document to {root}, not to batch root {bundle.Batch.Root}: the proof belongs to another document or batch.");
    }

    private (Address? Signer, CheckResult Result) CheckIssuerSignature(ProofBundle bundle, EnvelopeView envelope, List<ReportSignature> report)
    {
        BundleSignature? signed = null;
        var issuerSignatures = 0;
        for (var i = 0; i < bundle.Signatures.Count; i++)
        {
            if (bundle.Signatures[i].Role == "issuer")
            {
                signed ??= bundle.Signatures[i];
                issuerSignatures++;
            }
        }

        if (issuerSignatures != 1 || signed is null)
        {
            return (null, CheckResult.Fail(CheckNames.Signature, $"The bundle has {issuerSignatures} issuer signatures; it needs exactly one."));
        }

        var problem = IssuerSignatureProblem(bundle, envelope, signed);
        report.Add(new ReportSignature(signed.Role, signed.Signer, problem is null));
        return problem is null
            ? (signed.Signer, CheckResult.Pass(CheckNames.Signature, $"The issuer {signed.Signer} signed batch {bundle.Batch.Root} of {bundle.Batch.Size} documents (EIP-712 AnchorBatch)."))
            : (null, CheckResult.Fail(CheckNames.Signature, problem));
    }

    private string? IssuerSignatureProblem(ProofBundle bundle, EnvelopeView envelope, BundleSignature signed)
    {
        if (ReadMessage(signed, "The issuer signature", AnchorBatchMessage.TypeName, AnchorBatchMessage.FromJson, out var message) is { } unreadable)
        {
            return unreadable;
        }

        if (message.Root != bundle.Batch.Root)
        {
            return $"The issuer signed batch root {message.Root}, but the bundle's batch root is {bundle.Batch.Root}.";
        }

        if (message.Count != bundle.Batch.Size)
        {
            return $"The issuer signed a batch of {message.Count} documents, but the bundle says the batch has {bundle.Batch.Size}.";
        }

        if (envelope.DocumentType is { } type && type.Id != message.DocType)
        {
            return $"The issuer signed a batch of another document type ({message.DocType}), not {type}.";
        }

        var domain = new RegistryDomain(bundle.Anchor.ChainId, bundle.Anchor.Registry);
        var recovered = Recover(message, domain, signed.Signature.Span, static (m, d) => m.ToTypedData(d).Digest());
        if (recovered is null)
        {
            return "The issuer signature is malformed (not a 65-byte low-s secp256k1 signature).";
        }

        if (recovered != signed.Signer)
        {
            return $"The issuer signature was made by {recovered}, not by {signed.Signer} as the bundle says.";
        }

        if (envelope.Issuer is { } named && named != signed.Signer)
        {
            return $"The batch was signed by {signed.Signer}, but the document names issuer {named}.";
        }

        return null;
    }

    private CheckResult? CheckDeclarants(ProofBundle bundle, EnvelopeView envelope, Hash32? computed, List<ReportSignature> report)
    {
        // Most bundles have no declarant: the list is made for the first one.
        List<BundleSignature>? declarants = null;
        foreach (var signed in bundle.Signatures)
        {
            if (signed.Role == DocumentDeclaration.Role)
            {
                (declarants ??= []).Add(signed);
            }
        }

        if (declarants is null)
        {
            return null;
        }

        var problems = new List<string>();
        foreach (var signed in declarants)
        {
            var problem = DeclarantProblem(bundle, envelope, computed, signed);
            report.Add(new ReportSignature(signed.Role, signed.Signer, problem is null));
            if (problem is not null)
            {
                problems.Add(problem);
            }
        }

        return problems.Count == 0
            ? CheckResult.Pass(CheckNames.Declarant, $"Declared by {string.Join(", ", declarants.Select(d => d.Signer))} over this document's hash (EIP-712 DocumentDeclaration).")
            : CheckResult.Fail(CheckNames.Declarant, string.Join(" ", problems));
    }

    private string? DeclarantProblem(ProofBundle bundle, EnvelopeView envelope, Hash32? computed, BundleSignature signed)
    {
        if (ReadMessage(signed, $"The declarant signature of {signed.Signer}", DocumentDeclaration.TypeName, DocumentDeclaration.FromJson, out var declaration) is { } unreadable)
        {
            return unreadable;
        }

        if (computed is { } hash && declaration.DocumentHash != hash)
        {
            return $"The declarant {signed.Signer} declared document {declaration.DocumentHash}, not this one ({hash}).";
        }

        if (envelope.DocumentType is { } type && type.Id != declaration.DocType)
        {
            return $"The declarant {signed.Signer} declared another document type, not {type}.";
        }

        var recovered = Recover(declaration, new RegistryDomain(bundle.Anchor.ChainId, bundle.Anchor.Registry), signed.Signature.Span,
            static (d, domain) => d.ToTypedData(domain).Digest());
        return recovered == signed.Signer ? null
            : $"The declarant signature was made by {recovered?.ToString() ?? "no valid key"}, not by {signed.Signer} as the bundle says.";
    }

    // The problem with a signature's scheme or typed message, or null when the message was read.
    private static string? ReadMessage<TMessage>(BundleSignature signed, string which, string typeName, Func<JsonObject, TMessage> read, out TMessage message)
        where TMessage : class
    {
        message = null!;
        if (signed.Scheme != BundleSignature.Eip712)
        {
            return $"{which} uses scheme '{signed.Scheme}'; only eip712 is accepted.";
        }

        try
        {
            message = read(signed.Data);
            return null;
        }
        catch (TypedDataException e)
        {
            return $"{which} does not carry a {typeName} message: {e.Message}.";
        }
    }

    // The signer of signatureBytes over message in domain; digest computes the EIP-712 digest, on a miss only. The
    // messages are records, so the key compares their values, and a message with the same values has the same digest.
    private Address? Recover<TMessage>(TMessage message, RegistryDomain domain, ReadOnlySpan<byte> signatureBytes, Func<TMessage, RegistryDomain, Hash32> digest)
        where TMessage : class
    {
        if (signatureBytes.Length != EthereumSignature.Size)
        {
            return null;
        }

        EthereumSignature signature;
        try
        {
            signature = EthereumSignature.FromBytes(signatureBytes);
        }
        catch (SignatureException)
        {
            return null;
        }

        if (_recovered.TryGetValue((message, domain, signature), out var known))
        {
            return known;
        }

        Address? recovered = EcRecover.TryRecover(digest(message, domain).Bytes, signature, out var signer) ? signer : null;
        if (_rememberedSignatures > 0)
        {
            if (_recovered.Count >= _rememberedSignatures)
            {
                _recovered.Clear();
            }

            _recovered[(message, domain, signature)] = recovered;
        }

        return recovered;
    }
}
