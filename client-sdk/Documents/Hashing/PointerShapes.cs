namespace ProvenanceLedger.Sdk.Documents.Hashing;

/// <summary>
/// The leaf pointer lists of the documents a walker hashed lately. Documents of a batch mostly share a few shapes
/// (certificates from one template differ in their values and their number of items), so a document whose leaves
/// have the same pointers, in the same order, as a recent one shares that one's array instead of holding its own:
/// a list is read only once made, like the cached strings in it. Not thread-safe: one per walker.
/// </summary>
internal sealed class PointerShapes
{
    // Enough for the shapes of a varied batch; a miss only costs the array a document would have had anyway.
    private const int Kept = 32;

    private readonly string[]?[] _recent = new string[Kept][];
    private int _next;

    /// <summary>
    /// A read-only array holding <paramref name="pointers"/>: a kept one when a recent document had the same, else a
    /// new one, kept in place of the oldest. The strings must come from one <see cref="PointerHashCache"/>, so equal
    /// pointers are the same string.
    /// </summary>
    public string[] Share(ReadOnlySpan<string> pointers)
    {
        foreach (var shape in _recent)
        {
            if (shape is not null && IsSame(shape, pointers))
            {
                return shape;
            }
        }

        var made = pointers.ToArray();
        _recent[_next] = made;
        _next = (_next + 1) % Kept;
        return made;
    }

    private static bool IsSame(string[] shape, ReadOnlySpan<string> pointers)
    {
        if (shape.Length != pointers.Length)
        {
            return false;
        }

        for (var i = 0; i < shape.Length; i++)
        {
            if (!ReferenceEquals(shape[i], pointers[i]))
            {
                return false;
            }
        }

        return true;
    }
}
