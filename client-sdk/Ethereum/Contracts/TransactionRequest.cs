using System.Numerics;

namespace ProvenanceLedger.Sdk.Ethereum.Contracts;

/// <summary>What to send: recipient (null deploys <see cref="Data"/> as code), call data, value, optional gas limit.</summary>
public sealed record TransactionRequest
{
    /// <summary>Recipient; null for a contract deployment.</summary>
    public Address? To { get; init; }

    /// <summary>Call data or deployment code.</summary>
    public byte[] Data { get; init; } = [];

    /// <summary>Wei to send.</summary>
    public BigInteger Value { get; init; }

    /// <summary>Gas limit; estimated (with headroom) when null.</summary>
    public ulong? GasLimit { get; init; }
}
