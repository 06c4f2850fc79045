using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Documents.Samples;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Signing;

namespace ProvenanceLedger.Sdk.Tests.Issuing;

/// <summary>Seeded sample documents re-addressed to a test issuer.</summary>
internal static class SampleBatches
{
    /// <summary>The issuer of chain-free issue tests: Hardhat's public development account #1, never funded outside a local test node.</summary>
    public static readonly EthereumKey IssuerKey = EthereumKey.FromHex("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");

    public static IReadOnlyList<TradeDocument> Certificates(int count, Address issuer, int seed = 1337)
    {
        var generator = new SampleDocumentGenerator(seed);
        return [.. Enumerable.Range(0, count).Select(_ => ReIssue(generator.CertificateOfOrigin(), issuer))];
    }

    public static TradeDocument ReIssue(TradeDocument document, Address issuer, IEnumerable<ParentLink>? parents = null) =>
        new(document.Type, document.Id, new DocumentIssuer(issuer, document.Issuer.Name), document.IssuedAt, parents ?? document.Parents, document.Body);
}
