using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Node.Ledger;

/// <summary>Filters for listing batches in chain order.</summary>
public sealed record BatchQuery
{
    public Address? Issuer { get; init; }

    public Hash32? DocType { get; init; }

    /// <summary>Page size, 1 to <see cref="DecisionQuery.MaxLimit"/>.</summary>
    public int Limit { get; init; } = 100;

    /// <summary>The previous page's <see cref="Page{T}.NextCursor"/>.</summary>
    public string? Cursor { get; init; }

    public AsOf AsOf { get; init; }
}
