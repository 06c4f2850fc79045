namespace ProvenanceLedger.Sdk.Ethereum.Abi;

/// <summary>
/// ABI data or an ABI description is malformed. <see cref="Offset"/> is the byte offset in the encoded data
/// where decoding failed, or -1 when the problem is not in encoded data (a type string, a value, ABI JSON).
/// </summary>
public sealed class AbiException : Exception
{
    /// <summary>Creates the exception; the offset, when known, is appended to the message.</summary>
    public AbiException(string message, int offset = -1)
        : base(offset >= 0 ? $"{message} (at byte offset {offset})" : message)
    {
        Offset = offset;
        Reason = message;
    }

    /// <summary>What is wrong, without the offset.</summary>
    public string Reason { get; }

    /// <summary>Byte offset in the encoded data, or -1.</summary>
    public int Offset { get; }
}
