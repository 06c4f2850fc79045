using System.Text.Json;

namespace ProvenanceLedger.Sdk.Ethereum.Rpc;

/// <summary>A JSON-RPC error object.</summary>
/// <param name="Code">The error code (e.g. -32000 server error, 3 execution reverted).</param>
/// <param name="Message">The node's message.</param>
/// <param name="Data">The optional data member (a revert's return data, or node-specific details).</param>
public sealed record RpcError(long Code, string Message, JsonElement? Data)
{
    /// <summary>
    /// Revert data carried by the error, if it looks like a revert: nodes put it in <c>data</c> as a hex string
    /// (geth, Besu) or as <c>data.data</c> (Hardhat). Null when the error is not a revert.
    /// </summary>
    public byte[]? RevertData()
    {
        var hex = Data switch
        {
            { ValueKind: JsonValueKind.String } s => s.GetString(),
            { ValueKind: JsonValueKind.Object } o when o.TryGetProperty("data", out var inner) && inner.ValueKind == JsonValueKind.String => inner.GetString(),
            _ => null,
        };
        if (hex is not null && hex.StartsWith("0x", StringComparison.Ordinal) && Hex.TryDecode(hex, out var bytes))
        {
            return bytes;
        }

        // A revert without data (revert(), require without a message) only shows in the code or message.
        return Code == 3 || Message.Contains("revert", StringComparison.OrdinalIgnoreCase) ? [] : null;
    }
}
