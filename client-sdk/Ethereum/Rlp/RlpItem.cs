namespace ProvenanceLedger.Sdk.Ethereum.Rlp;

/// <summary>A decoded RLP value: either a byte string or a list of items.</summary>
public sealed class RlpItem
{
    private readonly byte[]? _bytes;
    private readonly IReadOnlyList<RlpItem>? _items;

    private RlpItem(byte[]? bytes, IReadOnlyList<RlpItem>? items)
    {
        _bytes = bytes;
        _items = items;
    }

    /// <summary>True for a list, false for a byte string.</summary>
    public bool IsList => _items is not null;

    /// <summary>The string's bytes; throws for a list.</summary>
    public ReadOnlySpan<byte> Bytes => _bytes ?? throw new InvalidOperationException("this RLP item is a list, not a byte string");

    /// <summary>The list's items; throws for a byte string.</summary>
    public IReadOnlyList<RlpItem> Items => _items ?? throw new InvalidOperationException("this RLP item is a byte string, not a list");

    /// <summary>A byte-string item.</summary>
    public static RlpItem String(ReadOnlySpan<byte> bytes) => new(bytes.ToArray(), null);

    /// <summary>A list item.</summary>
    public static RlpItem List(params IEnumerable<RlpItem> items) => new(null, items.ToArray());

    /// <summary>The canonical encoding of this item.</summary>
    public byte[] Encode() => IsList
        ? RlpEncoder.EncodeList(_items!.Select(item => item.Encode()).ToArray())
        : RlpEncoder.EncodeBytes(_bytes);

    /// <summary>A compact form for test output: hex for strings, [a, b] for lists.</summary>
    public override string ToString() => IsList ? "[" + string.Join(", ", _items!) + "]" : Hex.Encode(_bytes);
}
