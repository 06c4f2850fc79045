using System.Numerics;

namespace ProvenanceLedger.Sdk.Ethereum.Rpc;

/// <summary>The transaction object of eth_call and eth_estimateGas; unset fields are left to the node.</summary>
public sealed record CallRequest
{
    /// <summary>Sender.</summary>
    public Address? From { get; init; }

    /// <summary>Recipient; null to estimate or simulate a deployment.</summary>
    public Address? To { get; init; }

    /// <summary>Call data (or deployment code).</summary>
    public byte[] Data { get; init; } = [];

    /// <summary>Wei sent along.</summary>
    public BigInteger? Value { get; init; }

    /// <summary>Gas limit.</summary>
    public ulong? Gas { get; init; }

    internal Dictionary<string, string> ToJson()
    {
        var json = new Dictionary<string, string> { ["data"] = Hex.Encode(Data) };
        if (From is { } from)
        {
            json["from"] = from.ToLowerHex();
        }

        if (To is { } to)
        {
            json["to"] = to.ToLowerHex();
        }

        if (Value is { } value)
        {
            json["value"] = RpcQuantity.Format(value);
        }

        if (Gas is { } gas)
        {
            json["gas"] = RpcQuantity.Format(gas);
        }

        return json;
    }
}
