namespace ProvenanceLedger.Sdk.Ethereum.Rlp;

/// <summary>RLP input is malformed or not canonical; <see cref="Offset"/> is where the decoder found it.</summary>
public sealed class RlpException : Exception
{
    /// <summary>Creates the exception; the message gets the offset appended.</summary>
    public RlpException(string message, int offset)
        : base($"{message} (at byte offset {offset})")
    {
        Offset = offset;
    }

    /// <summary>Byte offset in the whole input at which the problem starts.</summary>
    public int Offset { get; }
}
