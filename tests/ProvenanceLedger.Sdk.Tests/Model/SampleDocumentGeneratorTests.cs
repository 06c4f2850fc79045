using System.Text;
using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Documents.Samples;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Tests.Model;

public sealed class SampleDocumentGeneratorTests
{
    [Fact]
    public void The_same_seed_gives_the_same_documents()
    {
        var first = new SampleDocumentGenerator(1337).Mixed(40).Select(d => d.ToJsonString()).ToList();
        var second = new SampleDocumentGenerator(1337).Mixed(40).Select(d => d.ToJsonString()).ToList();
        var other = new SampleDocumentGenerator(1338).Mixed(40).Select(d => d.ToJsonString()).ToList();

        Assert.Equal(first, second);
        Assert.Empty(first.Intersect(other));
        Assert.Equal(40, first.Distinct().Count());
    }

    [Fact]
    public void Every_generated_document_validates()
    {
        var generator = new SampleDocumentGenerator(1337);

        foreach (var document in generator.Mixed(500))
        {
            var result = DocumentValidator.Validate(document);
            Assert.True(result.IsValid, $"{document.Id}: {string.Join("; ", result.Problems)}");
        }
    }

    [Fact]
    public void Certificates_of_origin_have_three_to_six_items_and_are_about_one_and_a_half_kilobytes()
    {
        var generator = new SampleDocumentGenerator(1337);
        var certificates = Enumerable.Range(0, 200).Select(_ => generator.CertificateOfOrigin()).ToList();

        var itemCounts = certificates.Select(c => c.ReadBody<CertificateOfOrigin>().Items.Count).ToList();
        var sizes = certificates.Select(c => Encoding.UTF8.GetByteCount(c.ToJsonString())).ToList();

        Assert.Equal([3, 4, 5, 6], itemCounts.Distinct().Order());
        Assert.InRange(sizes.Average(), 1_300, 1_800);
        Assert.All(certificates, c => Assert.Equal(ParentRelation.DerivedFrom, Assert.Single(c.Parents).Relation));
    }

    [Fact]
    public void Typed_bodies_of_generated_documents_round_trip_to_the_same_json()
    {
        var generator = new SampleDocumentGenerator(7);

        foreach (var document in generator.Mixed(50))
        {
            ITradeDocumentBody body = document.Type.Name switch
            {
                "certificate-of-origin" => document.ReadBody<CertificateOfOrigin>(),
                "origin-declaration" => document.ReadBody<OriginDeclaration>(),
                "commercial-invoice" => document.ReadBody<CommercialInvoice>(),
                _ => document.ReadBody<PhytosanitaryCertificate>(),
            };

            Assert.Equal(document.Body.ToJsonString(), body.ToJson().ToJsonString());
        }
    }

    [Fact]
    public void The_first_certificate_of_seed_1337_is_pinned()
    {
        var certificate = new SampleDocumentGenerator(1337).CertificateOfOrigin();

        // Pinned so that a change to the generator, which would change benchmarks and the dev sample, is noticed.
        Assert.Equal("CO-2026-000001", certificate.Id);
        Assert.Equal("0x60aaf6d2620061dc1903833743ebf238fdd447a172b457e5e03386d62c12445f", Keccak256.Hash(Encoding.UTF8.GetBytes(certificate.ToJsonString())).ToString());
    }
}
