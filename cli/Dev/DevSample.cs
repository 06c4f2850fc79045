using ProvenanceLedger.Cli.Commands;
using ProvenanceLedger.Cli.Infrastructure;
using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Documents.Samples;
using ProvenanceLedger.Sdk.Issuing;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Sdk.Registry;

namespace ProvenanceLedger.Cli.Dev;

/// <summary>The development sample: a supplier's origin declaration and a certificate of origin derived from it.</summary>
internal static class DevSample
{
    public const string DeclarationFile = "origin-declaration.provenance.json";
    public const string CertificateFile = "certificate-of-origin.provenance.json";

    /// <summary>The sample's bundles in <paramref name="folder"/>, issued now unless both exist and are anchored on this registry.</summary>
    public static async Task<(ProofBundle Declaration, ProofBundle Certificate, bool IssuedNow)> EnsureAsync(RegistryClient issuerRegistry, string folder, CancellationToken cancellationToken)
    {
        var declarationPath = Path.Combine(folder, DeclarationFile);
        var certificatePath = Path.Combine(folder, CertificateFile);
        if (File.Exists(declarationPath) && File.Exists(certificatePath))
        {
            var declaration = await ProofBundleReader.ReadFileAsync(declarationPath, cancellationToken);
            var certificate = await ProofBundleReader.ReadFileAsync(certificatePath, cancellationToken);
            if (certificate.Anchor.Registry == issuerRegistry.Address && (await issuerRegistry.GetBatchAsync(certificate.Batch.Root, default, cancellationToken)).IsAnchored)
            {
                return (declaration, certificate, false);
            }
        }

        var issuer = new DocumentBatchIssuer(DevAccounts.Issuer, new DirectAnchorSubmitter(issuerRegistry));
        var generator = new SampleDocumentGenerator(1337);
        var issuerAddress = DevAccounts.Issuer.Address;
        var declared = (await issuer.IssueAsync([SamplesCommand.Reissue(generator.OriginDeclaration(), issuerAddress)], cancellationToken))[0];
        var certificateDocument = SamplesCommand.Reissue(generator.CertificateOfOrigin([new ParentLink(declared.DocumentHash, ParentRelation.DerivedFrom)]), issuerAddress);
        var certified = (await issuer.IssueAsync([certificateDocument], cancellationToken))[0];
        await AtomicFile.WriteAsync(declarationPath, ProofBundleWriter.Write(declared), overwrite: true, cancellationToken);
        await AtomicFile.WriteAsync(certificatePath, ProofBundleWriter.Write(certified), overwrite: true, cancellationToken);
        return (declared, certified, true);
    }
}
