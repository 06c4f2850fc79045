using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using ProvenanceLedger.Node.Ledger;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Rpc;

namespace ProvenanceLedger.Node.Api;

/// <summary>What auditors need: the audit digest at a block and the raw registry logs as an NDJSON stream.</summary>
internal static class AuditApi
{
    /// <summary>Logs read from the index per step of the stream (bounded memory whatever the range).</summary>
    private const int StreamChunk = 1000;

    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        var audit = api.MapGroup("/audit").WithTags("Audit");
        audit.MapGet("/digest", GetDigest)
            .WithName("GetAuditDigest")
            .WithSummary("The audit digest (FORMAT.md 7) at a block, default the indexed block")
            .WithCommonProblems();
        audit.MapGet("/events", StreamEvents)
            .WithName("StreamAuditEvents")
            .WithSummary("Raw registry logs of a block range in chain order, one JSON object per line (application/x-ndjson)")
            .Produces<AuditLogLine>(StatusCodes.Status200OK, "application/x-ndjson")
            .WithCommonProblems();
        return api;
    }

    public static Ok<DigestView> GetDigest(string? block, ILedgerIndex index)
    {
        var number = ApiInput.OptionalBlock(block, "block");
        return TypedResults.Ok(index.GetDigest(number is { } b ? AsOf.AtBlock(b) : AsOf.Latest));
    }

    public static async Task StreamEvents(string? fromBlock, string? toBlock, ILedgerIndex index, HttpContext context, CancellationToken cancellationToken)
    {
        var from = ApiInput.OptionalBlock(fromBlock, "fromBlock") ?? 0;
        var to = ApiInput.OptionalBlock(toBlock, "toBlock") ?? index.Resolve(AsOf.Latest).BlockNumber;
        if (from > to)
        {
            throw new ApiInputException("Empty block range", $"'fromBlock' ({from}) is after 'toBlock' ({to}).");
        }

        // The first read happens before the status line is sent, so an unavailable index still gets its 503 problem.
        var chunk = index.GetLogs(from, to, StreamChunk);
        context.Response.ContentType = "application/x-ndjson";
        var options = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var typeInfo = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<AuditLogLine>)options.GetTypeInfo(typeof(AuditLogLine));
        while (chunk.Count > 0)
        {
            foreach (var log in chunk)
            {
                await JsonSerializer.SerializeAsync(context.Response.Body, AuditLogLine.From(log), typeInfo, cancellationToken);
                await context.Response.Body.WriteAsync("\n"u8.ToArray(), cancellationToken);
            }

            await context.Response.Body.FlushAsync(cancellationToken);
            var last = chunk[^1];
            chunk = chunk.Count < StreamChunk ? [] : Next(index, last, to);
        }
    }

    // Continue after the last log written: the rest of its block, then the blocks after it.
    private static IReadOnlyList<Log> Next(ILedgerIndex index, Log last, ulong to) =>
        [.. index.GetLogs(last.BlockNumber, to, StreamChunk + (int)Math.Min(last.LogIndex + 1, int.MaxValue - StreamChunk))
            .Where(l => l.BlockNumber > last.BlockNumber || l.LogIndex > last.LogIndex)
            .Take(StreamChunk)];
}

/// <summary>One raw registry log of the event export, as eth_getLogs gives it (hex data).</summary>
public sealed record AuditLogLine(ulong BlockNumber, Hash32 BlockHash, ulong LogIndex, Hash32 TransactionHash, Address Address, IReadOnlyList<Hash32> Topics, string Data)
{
    public static AuditLogLine From(Log log)
    {
        ArgumentNullException.ThrowIfNull(log);
        return new(log.BlockNumber, log.BlockHash, log.LogIndex, log.TransactionHash, log.Address, log.Topics, Hex.Encode(log.Data));
    }
}
