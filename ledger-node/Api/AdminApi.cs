using Microsoft.AspNetCore.Http.HttpResults;
using ProvenanceLedger.Node.Relay;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Rpc;

namespace ProvenanceLedger.Node.Api;

/// <summary>Administrative calls; each needs the admin key (<see cref="AdminKeyFilter"/>).</summary>
internal static class AdminApi
{
    public static RouteGroupBuilder MapAdminApi(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin").WithTags("Administration").AddEndpointFilter<AdminKeyFilter>();
        admin.MapGet("/relayer", GetRelayer)
            .WithName("GetRelayer")
            .WithSummary("The relayer account and its balance (admin key)")
            .WithCommonProblems()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }

    public static async Task<Ok<RelayerStatus>> GetRelayer(RelayerAccount relayer, EthRpcClient rpc, CancellationToken cancellationToken)
    {
        var sender = await relayer.SenderAsync(cancellationToken);
        var balance = await rpc.GetBalanceAsync(sender.Account, BlockParameter.Latest, cancellationToken);
        return TypedResults.Ok(new RelayerStatus(sender.Account, balance.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}

/// <summary>The relayer account and its balance in wei (decimal string: uint256 does not fit a JSON number).</summary>
public sealed record RelayerStatus(Address Account, string BalanceWei);
