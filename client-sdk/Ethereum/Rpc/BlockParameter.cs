namespace ProvenanceLedger.Sdk.Ethereum.Rpc;

/// <summary>Which block a read refers to: a tag (latest, pending, ...) or a number.</summary>
public readonly record struct BlockParameter
{
    private readonly string _value;

    private BlockParameter(string value) => _value = value;

    /// <summary>The newest block.</summary>
    public static BlockParameter Latest { get; } = new("latest");

    /// <summary>The pending state (counts transactions in the pool, e.g. for nonces).</summary>
    public static BlockParameter Pending { get; } = new("pending");

    /// <summary>The genesis block.</summary>
    public static BlockParameter Earliest { get; } = new("earliest");

    /// <summary>The newest safe block (post-merge chains).</summary>
    public static BlockParameter Safe { get; } = new("safe");

    /// <summary>The newest finalized block (post-merge chains).</summary>
    public static BlockParameter Finalized { get; } = new("finalized");

    /// <summary>A block by number.</summary>
    public static BlockParameter Number(ulong number) => new(RpcQuantity.Format(number));

    /// <summary>The JSON-RPC form (a tag or a hex quantity).</summary>
    public override string ToString() => _value ?? "latest";

    /// <summary>A block number converts implicitly.</summary>
    public static implicit operator BlockParameter(ulong number) => Number(number);
}
