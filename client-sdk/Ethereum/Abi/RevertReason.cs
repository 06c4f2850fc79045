using System.Numerics;

namespace ProvenanceLedger.Sdk.Ethereum.Abi;

/// <summary>What kind of revert data a contract returned.</summary>
public enum RevertKind
{
    /// <summary>No data: <c>revert()</c>, <c>require(cond)</c> without a message, or out of gas.</summary>
    Empty,

    /// <summary><c>Error(string)</c>: <c>require(cond, "message")</c> or <c>revert("message")</c>.</summary>
    Error,

    /// <summary><c>Panic(uint256)</c>: a failed assert, overflow, division by zero, bad index...</summary>
    Panic,

    /// <summary>A custom error found in the contract's ABI.</summary>
    Custom,

    /// <summary>Data that matches none of the above (an unknown selector or malformed encoding).</summary>
    Unrecognized,
}

/// <summary>A decoded revert: its kind, the details of that kind, and a one-line <see cref="Message"/>.</summary>
public sealed class RevertReason
{
    internal RevertReason(RevertKind kind, byte[] data, string message)
    {
        Kind = kind;
        Data = data;
        Message = message;
    }

    /// <summary>The kind of revert.</summary>
    public RevertKind Kind { get; }

    /// <summary>The raw revert data.</summary>
    public byte[] Data { get; }

    /// <summary>A one-line description, e.g. <c>reverted with reason "not owner"</c>.</summary>
    public string Message { get; }

    /// <summary>For <see cref="RevertKind.Error"/>: the reason string.</summary>
    public string? ReasonString { get; internal init; }

    /// <summary>For <see cref="RevertKind.Panic"/>: the panic code.</summary>
    public BigInteger? PanicCode { get; internal init; }

    /// <summary>For <see cref="RevertKind.Custom"/>: the error.</summary>
    public AbiError? CustomError { get; internal init; }

    /// <summary>For <see cref="RevertKind.Custom"/>: the error's arguments.</summary>
    public IReadOnlyList<object> Arguments { get; internal init; } = [];

    /// <summary>The one-line description.</summary>
    public override string ToString() => Message;
}
