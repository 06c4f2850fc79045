using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Documents.Samples;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Tests.Issuing;

/// <summary>Seeded sample documents re-addressed to a test issuer.</summary>
internal static class SampleBatches
{
    public static IReadOnlyList<TradeDocument> Certificates(int count, Address issuer, int seed = 1337)
    {
        var generator = new SampleDocumentGenerator(seed);
        return [.. Enumerable.Range(0, count).Select(_ => ReIssue(generator.CertificateOfOrigin(), issuer))];
    }

    public static TradeDocument ReIssue(TradeDocument document, Address issuer, IEnumerable<ParentLink>? parents = null) =>
        new(document.Type, document.Id, new DocumentIssuer(issuer.ToString(), document.Issuer.Name), document.IssuedAt, parents ?? document.Parents, document.Body);
}
