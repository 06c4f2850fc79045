using System.Numerics;
using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Signing;
using ProvenanceLedger.Sdk.Issuing;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Sdk.Registry;
using ProvenanceLedger.Sdk.Verification;

namespace ProvenanceLedger.Sdk.Tests.Verification;

/// <summary>
/// The offline verifier remembers recovered signers by the signed message, its domain and the signature: a
/// remembered answer must never serve a bundle whose message or domain differs, even with the same signature bytes.
/// </summary>
public class RememberedSignerTests
{
    private readonly OfflineIssuance _issue = new();

    [Fact]
    public void A_remembered_issuer_signature_does_not_vouch_for_a_changed_message_with_the_same_signature()
    {
        var bundle = _issue.IssueCertificates(3)[1];
        var signed = bundle.Signatures[0];
        var message = AnchorBatchMessage.FromJson(signed.Data);
        var changed = message with { Nonce = message.Nonce + BigInteger.One };
        var forged = bundle with { Signatures = [signed with { Data = changed.ToJson() }] };
        var remembering = new OfflineBundleVerifier();

        var first = remembering.Verify(bundle);
        var second = remembering.Verify(forged);
        var again = remembering.Verify(bundle);

        Assert.Equal(CheckStatus.Pass, first.Signature.Status);
        var recovered = Recovered(changed.ToTypedData(_issue.Domain).Digest(), signed);
        Assert.NotEqual(_issue.IssuerKey.Address, recovered);
        Assert.Equal(CheckResult.Fail(CheckNames.Signature, $"The issuer signature was made by {recovered}, not by {_issue.IssuerKey.Address} as the bundle says."), second.Signature);
        Assert.Equal(first.Signature, again.Signature);
        Assert.Equal(new OfflineBundleVerifier(rememberedSignatures: 0).Verify(forged).Signature, second.Signature);
    }

    [Fact]
    public void A_remembered_signature_does_not_vouch_for_the_same_message_in_another_registry_domain()
    {
        var bundle = DocumentDeclaration.CoSign(_issue.IssueCertificates(2)[0], DocumentType.CertificateOfOrigin.Id, _issue.OtherKey);
        var otherChain = bundle with { Anchor = bundle.Anchor with { ChainId = bundle.Anchor.ChainId + 1 } };
        var otherDomain = new RegistryDomain(otherChain.Anchor.ChainId, otherChain.Anchor.Registry);
        var remembering = new OfflineBundleVerifier();

        var first = remembering.Verify(bundle);
        var second = remembering.Verify(otherChain);

        Assert.Equal((CheckStatus.Pass, CheckStatus.Pass), (first.Signature.Status, first.Declarant!.Status));
        var issuer = Recovered(AnchorBatchMessage.FromJson(bundle.Signatures[0].Data).ToTypedData(otherDomain).Digest(), bundle.Signatures[0]);
        var declarant = Recovered(DocumentDeclaration.FromJson(bundle.Signatures[1].Data).ToTypedData(otherDomain).Digest(), bundle.Signatures[1]);
        Assert.Equal(CheckResult.Fail(CheckNames.Signature, $"The issuer signature was made by {issuer}, not by {_issue.IssuerKey.Address} as the bundle says."), second.Signature);
        Assert.Equal(CheckResult.Fail(CheckNames.Declarant, $"The declarant signature was made by {declarant}, not by {_issue.OtherKey.Address} as the bundle says."), second.Declarant);
        var fresh = new OfflineBundleVerifier(rememberedSignatures: 0).Verify(otherChain);
        Assert.Equal((fresh.Signature, fresh.Declarant), (second.Signature, second.Declarant));
    }

    [Fact]
    public void Every_bundle_of_a_batch_gets_the_same_answer_whether_signers_are_remembered_or_not()
    {
        var bundles = _issue.IssueCertificates(8);
        var remembering = new OfflineBundleVerifier();
        var forgetting = new OfflineBundleVerifier(rememberedSignatures: 0);

        var remembered = bundles.Select(b => remembering.Verify(b)).ToList();
        var recovered = bundles.Select(b => forgetting.Verify(b)).ToList();

        Assert.All(remembered, r => Assert.Equal(_issue.IssuerKey.Address, r.IssuerSigner));
        Assert.Equal(recovered.Select(r => (r.Signature, r.IssuerSigner)), remembered.Select(r => (r.Signature, r.IssuerSigner)));
    }

    private static Address Recovered(Hash32 digest, BundleSignature signed) =>
        EcRecover.TryRecover(digest.Bytes, EthereumSignature.FromBytes(signed.Signature.Span), out var signer)
            ? signer
            : throw new InvalidOperationException("the test's signature recovers to no key");
}
