using System.Text;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>
/// A handful of names and the values they stand for, matched on a value's UTF-8 without making its string (wire
/// names, well-known document types and origin criteria). Immutable once made.
/// </summary>
internal sealed class Utf8Names<T>(IEnumerable<(string Name, T Value)> names)
{
    private readonly (byte[] Name, T Value)[] _names = [.. names.Select(n => (Encoding.UTF8.GetBytes(n.Name), n.Value))];

    /// <summary>The value whose name is <paramref name="utf8"/>; false for any other text.</summary>
    public bool TryFind(ReadOnlySpan<byte> utf8, out T value)
    {
        foreach (var (name, known) in _names)
        {
            if (utf8.SequenceEqual(name))
            {
                value = known;
                return true;
            }
        }

        value = default!;
        return false;
    }
}
