using ProvenanceLedger.Sdk.Proofs;

namespace ProvenanceLedger.Cli.Rendering;

/// <summary>The node's verify page for a bundle: <c>/verify?h=documentHash&amp;r=root&amp;p=proof1,proof2…</c>.</summary>
public static class VerifyLink
{
    /// <summary>The link for <paramref name="bundle"/> on <paramref name="node"/>.</summary>
    public static Uri For(Uri node, ProofBundle bundle)
    {
        var proof = string.Join(',', bundle.Batch.Proof.Select(p => p.ToString()));
        return new Uri(node, $"verify?h={bundle.DocumentHash}&r={bundle.Batch.Root}&p={proof}");
    }
}
