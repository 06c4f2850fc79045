using Microsoft.AspNetCore.Http.HttpResults;
using ProvenanceLedger.Node.Configuration;
using ProvenanceLedger.Node.Ledger;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Sdk.Verification;

namespace ProvenanceLedger.Node.Api;

/// <summary>POST /api/v1/verify: the full verification report of a bundle (and its parents), answered from the index.</summary>
internal static class VerifyApi
{
    public static RouteGroupBuilder MapVerifyApi(this RouteGroupBuilder api)
    {
        api.MapPost("/verify", Verify)
            .WithName("Verify")
            .WithSummary("Verify a proof bundle (JSON, {bundle, parents} JSON, or multipart upload) as of a block or time")
            .WithTags("Verification")
            .Accepts<JsonElementBody>("application/json", "multipart/form-data")
            .WithCommonProblems()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .DisableAntiforgery();
        return api;
    }

    /// <param name="asOf">Block number or ISO 8601 time (optional; default the indexed head).</param>
    /// <param name="request">The HTTP request (body read by <see cref="VerifyRequestReader"/>).</param>
    /// <param name="index">The ledger index.</param>
    /// <param name="offline">The shared offline verifier (remembers recovered signers).</param>
    /// <param name="followed">The registries the node follows.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    public static async Task<Ok<VerificationReport>> Verify(
        string? asOf, HttpRequest request, ILedgerIndex index, OfflineBundleVerifier offline, FollowedRegistries followed, CancellationToken cancellationToken)
    {
        var at = ApiInput.AsOf(asOf);
        var (bundle, parents) = await VerifyRequestReader.ReadAsync(request, cancellationToken);
        var chainId = index.GetStatus().ChainId
            ?? throw IndexUnavailable.Unidentified();
        CheckSameLedger(bundle, chainId, followed.Addresses);
        var verifier = new DocumentVerifier(new IndexLedgerView(index, chainId, bundle.Anchor.Registry), offline);
        var options = new VerificationOptions
        {
            AsOf = at,
            ParentBundles = parents,
        };
        return TypedResults.Ok(await verifier.VerifyAsync(bundle, options, cancellationToken));
    }

    private static void CheckSameLedger(ProofBundle bundle, ulong chainId, IReadOnlyList<Address> followed)
    {
        if (bundle.Anchor.ChainId != chainId)
        {
            throw new ApiInputException("Bundle of another chain",
                $"The bundle is anchored on chain {bundle.Anchor.ChainId}; this node indexes chain {chainId}. Verify it with a node of chain {bundle.Anchor.ChainId}.",
                StatusCodes.Status422UnprocessableEntity);
        }

        if (!followed.Contains(bundle.Anchor.Registry))
        {
            throw new ApiInputException("Bundle of another registry",
                $"The bundle is anchored in registry {bundle.Anchor.Registry}; this node follows {string.Join(", ", followed)}. Verify it with a node that follows that registry.",
                StatusCodes.Status422UnprocessableEntity);
        }
    }

    /// <summary>For the OpenAPI document only: the body is a proof bundle object (FORMAT.md §5) or {bundle, parents}.</summary>
    public sealed record JsonElementBody(System.Text.Json.JsonElement Bundle, IReadOnlyList<System.Text.Json.JsonElement>? Parents);
}
