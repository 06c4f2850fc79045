namespace ProvenanceLedger.Sdk.Ethereum.Rpc;

/// <summary>
/// eth_getLogs filter: contract addresses, a block range, and topic positions; each position is null (any)
/// or a list of alternatives.
/// </summary>
public sealed record LogFilter
{
    /// <summary>Emitting contracts (empty: any).</summary>
    public IReadOnlyList<Address> Addresses { get; init; } = [];

    /// <summary>First block (inclusive).</summary>
    public BlockParameter FromBlock { get; init; } = BlockParameter.Earliest;

    /// <summary>Last block (inclusive).</summary>
    public BlockParameter ToBlock { get; init; } = BlockParameter.Latest;

    /// <summary>Topic filters by position: null matches anything, otherwise any of the listed hashes.</summary>
    public IReadOnlyList<IReadOnlyList<Hash32>?> Topics { get; init; } = [];

    internal Dictionary<string, object> ToJson()
    {
        var json = new Dictionary<string, object>
        {
            ["fromBlock"] = FromBlock.ToString(),
            ["toBlock"] = ToBlock.ToString(),
            ["topics"] = Topics.Select(position => position?.Select(t => t.ToString()).ToArray()).ToArray(),
        };
        if (Addresses.Count > 0)
        {
            json["address"] = Addresses.Select(a => a.ToLowerHex()).ToArray();
        }

        return json;
    }
}
