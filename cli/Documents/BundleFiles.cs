using ProvenanceLedger.Cli.Infrastructure;
using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Proofs;

namespace ProvenanceLedger.Cli.Documents;

/// <summary>Reads bundle files named on the command line, and accepts a bare document hash where one will do.</summary>
public static class BundleFiles
{
    /// <summary>Reads the bundle at <paramref name="path"/> (format errors exit 1: the bundle is invalid).</summary>
    public static async Task<ProofBundle> ReadAsync(CliContext context, string path, CancellationToken cancellationToken)
    {
        var full = context.ResolvePath(path);
        if (!File.Exists(full))
        {
            throw new CliException($"bundle {full} does not exist; give the path of a *.provenance.json file");
        }

        return await ProofBundleReader.ReadFileAsync(full, cancellationToken);
    }

    /// <summary>
    /// Reads a bundle and checks that its document and salts still give its document hash, so nothing is
    /// built on a tampered bundle.
    /// </summary>
    public static async Task<ProofBundle> ReadIntactAsync(CliContext context, string path, CancellationToken cancellationToken)
    {
        var bundle = await ReadAsync(context, path, cancellationToken);
        var recomputed = new DocumentHasher().Recompute(bundle.Document, bundle.Salts).DocumentHash;
        return recomputed == bundle.DocumentHash
            ? bundle
            : throw new CliException($"bundle {path} is tampered: its document hashes to {recomputed}, not the stated {bundle.DocumentHash}", ExitCode.InvalidOrRefused);
    }

    /// <summary>A document hash given as 0x-hex, or the document hash of the bundle at that path.</summary>
    public static async Task<(Hash32 Hash, ProofBundle? Bundle)> HashOrBundleAsync(CliContext context, string value, CancellationToken cancellationToken)
    {
        if (value.StartsWith("0x", StringComparison.OrdinalIgnoreCase) && value.Length == 66 && Hash32.TryParse(value, out var hash))
        {
            return (hash, null);
        }

        var bundle = await ReadIntactAsync(context, value, cancellationToken);
        return (bundle.DocumentHash, bundle);
    }
}
