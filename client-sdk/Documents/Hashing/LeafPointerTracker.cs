using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace ProvenanceLedger.Sdk.Documents.Hashing;

/// <summary>
/// The RFC 6901 pointer of the token a <see cref="Utf8JsonReader"/> pass over a document is at, kept in one
/// character buffer that grows and shrinks with the walk: no string per member or leaf. Feed it every container
/// start and end, member name and scalar, in reader order; it says when a container that ends was empty (a leaf
/// of its own: <c>{}</c> or <c>[]</c>). Not thread-safe: one per walker.
/// </summary>
internal sealed class LeafPointerTracker
{
    private char[] _pointer = new char[128];
    private int _length;

    // Per open container, by depth: the pointer's length at its start, and its next array index (-1 for an object,
    // whose members reset the pointer themselves); a container that ends with no child is a leaf.
    private int[] _marks = new int[16];
    private int[] _indices = new int[16];
    private bool[] _empty = new bool[16];
    private int _depth = -1;

    /// <summary>The pointer of the current member, scalar, or (at its end) container.</summary>
    public ReadOnlySpan<char> Pointer => _pointer.AsSpan(0, _length);

    /// <summary>The pointer of the innermost open container.</summary>
    public ReadOnlySpan<char> ContainerPointer => _pointer.AsSpan(0, _marks[_depth]);

    /// <summary>Whether the innermost open container has had no member or element yet.</summary>
    public bool ContainerIsEmpty => _empty[_depth];

    /// <summary>Starts a new document.</summary>
    public void Reset()
    {
        _length = 0;
        _depth = -1;
    }

    /// <summary>The reader is at a member name: the pointer becomes the containing object's plus the name.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // once per member of every document
    public void MemberName(ref Utf8JsonReader reader)
    {
        _empty[_depth] = false;
        _length = _marks[_depth];
        var raw = reader.ValueSpan;
        if (reader.ValueIsEscaped || !Ascii.IsValid(raw))
        {
            AppendName(reader.GetString()!);
            return;
        }

        // ASCII without an escape (member names of trade documents are): the raw UTF-8 is the name.
        Reserve(1 + (2 * raw.Length));
        _pointer[_length++] = '/';
        foreach (var b in raw)
        {
            AppendEscaped((char)b);
        }
    }

    /// <summary>The reader is at the start of an object or array.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void StartContainer(bool isArray)
    {
        Value();
        if (++_depth == _marks.Length)
        {
            Array.Resize(ref _marks, _marks.Length * 2);
            Array.Resize(ref _indices, _indices.Length * 2);
            Array.Resize(ref _empty, _empty.Length * 2);
        }

        _marks[_depth] = _length;
        _indices[_depth] = isArray ? 0 : -1;
        _empty[_depth] = true;
    }

    /// <summary>The reader is at the end of an object or array: the pointer becomes the container's; true when it was empty.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool EndContainer()
    {
        _length = _marks[_depth];
        return _empty[_depth--];
    }

    /// <summary>A value starts (a scalar here; containers call it themselves): in an array, its pointer is the array's plus its index.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Value()
    {
        if (_depth >= 0 && _indices[_depth] >= 0)
        {
            _empty[_depth] = false;
            _length = _marks[_depth];
            Reserve(12);
            _pointer[_length++] = '/';
            _indices[_depth]++.TryFormat(_pointer.AsSpan(_length), out var written, provider: CultureInfo.InvariantCulture);
            _length += written;
        }
    }

    private void AppendName(string name)
    {
        Reserve(1 + (2 * name.Length));
        _pointer[_length++] = '/';
        foreach (var c in name)
        {
            AppendEscaped(c);
        }
    }

    // RFC 6901: '~' is written as "~0" and '/' as "~1".
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AppendEscaped(char c)
    {
        switch (c)
        {
            case '~':
                _pointer[_length++] = '~';
                _pointer[_length++] = '0';
                break;
            case '/':
                _pointer[_length++] = '~';
                _pointer[_length++] = '1';
                break;
            default:
                _pointer[_length++] = c;
                break;
        }
    }

    private void Reserve(int more)
    {
        if (_length + more > _pointer.Length)
        {
            Array.Resize(ref _pointer, Math.Max(_pointer.Length * 2, _length + more));
        }
    }
}
