using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Registry;

namespace ProvenanceLedger.Node.Ledger;

/// <summary>Filters for listing customs decisions in chain order; every filter set must match.</summary>
public sealed record DecisionQuery
{
    /// <summary>Largest page the index hands out.</summary>
    public const int MaxLimit = 1000;

    public Hash32? DocHash { get; init; }

    public Address? Authority { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country of the deciding authority.</summary>
    public string? Country { get; init; }

    public CustomsDecision? Decision { get; init; }

    /// <summary>First block (inclusive).</summary>
    public ulong? FromBlock { get; init; }

    /// <summary>Page size, 1 to <see cref="MaxLimit"/>.</summary>
    public int Limit { get; init; } = 100;

    /// <summary>The previous page's <see cref="Page{T}.NextCursor"/>.</summary>
    public string? Cursor { get; init; }

    public AsOf AsOf { get; init; }
}
