using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using ProvenanceLedger.Sdk.Canonical;

namespace ProvenanceLedger.Sdk.Documents.Hashing;

/// <summary>
/// The RFC 6901 pointer of the token a <see cref="Utf8JsonReader"/> pass over a document is at, kept in one
/// character buffer that grows and shrinks with the walk: no string per member or leaf. Feed it every container
/// start and end, member name and scalar, in reader order; it says when a container that ends was empty (a leaf
/// of its own: <c>{}</c> or <c>[]</c>); <see cref="Advance"/> does all of that for a token. Not thread-safe: one per walker.
/// </summary>
internal sealed class LeafPointerTracker
{
    private char[] _pointer = new char[128];
    private int _length;

    // The open containers, by depth (one array, so one bounds check per token).
    private Frame[] _frames = new Frame[16];
    private int _depth = -1;

    /// <summary>The pointer of the current member, scalar, or (at its end) container.</summary>
    public ReadOnlySpan<char> Pointer => _pointer.AsSpan(0, _length);

    /// <summary>Whether the innermost open container has had no member or element yet.</summary>
    public bool ContainerIsEmpty => _frames[_depth].Empty;

    /// <summary>Starts a new document.</summary>
    public void Reset()
    {
        _length = 0;
        _depth = -1;
    }

    /// <summary>The reader is at a member name: the pointer becomes the containing object's plus the name.</summary>
    private void MemberName(ref Utf8JsonReader reader)
    {
        ref var frame = ref _frames[_depth];
        frame.Empty = false;
        _length = frame.Mark;
        var raw = reader.ValueSpan;
        if (reader.ValueIsEscaped || !Ascii.IsValid(raw))
        {
            AppendName(JsonStringToken.TryGetString(ref reader, out var name) ? name : throw NameWithoutText(frame.Mark));
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
    // Inlined into the walkers' token loops, like Value and EndContainer: a call per token would cost the issue walk
    // measurably (see bench/README.md, "One pointer tracker").
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void StartContainer(bool isArray)
    {
        Value();
        if (++_depth == _frames.Length)
        {
            Array.Resize(ref _frames, _frames.Length * 2);
        }

        _frames[_depth] = new Frame(_length, isArray ? 0 : -1);
    }

    /// <summary>
    /// Takes the reader's token (the walkers' one token switch): true when it is a leaf, a scalar or the end of an empty
    /// object or array, whose pointer is then <see cref="Pointer"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Advance(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.PropertyName:
                MemberName(ref reader);
                return false;
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                StartContainer(reader.TokenType == JsonTokenType.StartArray);
                return false;
            case JsonTokenType.EndObject or JsonTokenType.EndArray:
                return EndContainer();
            default:
                Value();
                return true;
        }
    }

    /// <summary>The reader is at the end of an object or array: the pointer becomes the container's; true when it was empty.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool EndContainer()
    {
        ref var frame = ref _frames[_depth--];
        _length = frame.Mark;
        return frame.Empty;
    }

    /// <summary>A value starts (a scalar here; containers call it themselves): in an array, its pointer is the array's plus its index.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Value()
    {
        if (_depth >= 0 && _frames[_depth].Index >= 0)
        {
            AppendIndex(ref _frames[_depth]);
        }
    }

    private void AppendIndex(ref Frame array)
    {
        array.Empty = false;
        _length = array.Mark;
        Reserve(12);
        _pointer[_length++] = '/';
        array.Index++.TryFormat(_pointer.AsSpan(_length), out var written, provider: CultureInfo.InvariantCulture);
        _length += written;
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

    // A name escaping a lone surrogate, or not UTF-8, has no text and so no pointer (only a walk over text meets one).
    private CanonicalJsonException NameWithoutText(int objectPointerLength)
    {
        var pointer = new string(_pointer, 0, objectPointerLength);
        return new CanonicalJsonException($"a member name in the object at '{pointer}' holds a lone UTF-16 surrogate or invalid UTF-8; JSON text must be valid Unicode", pointer);
    }

    private void Reserve(int more)
    {
        if (_length + more > _pointer.Length)
        {
            Array.Resize(ref _pointer, Math.Max(_pointer.Length * 2, _length + more));
        }
    }

    // An open container: the pointer's length at its start, its next array index (-1 for an object, whose members
    // reset the pointer themselves), and whether it has had no child yet (if it ends so, it is a leaf).
    private struct Frame(int mark, int index)
    {
        public readonly int Mark = mark;
        public int Index = index;
        public bool Empty = true;
    }
}
