using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using System.Text.Json.Nodes;

namespace ProvenanceLedger.Sdk.Canonical;

/// <summary>
/// Parses JSON text strictly: RFC 8259 only (no comments, no trailing commas), duplicate member names
/// rejected with their pointer, numbers limited to finite IEEE-754 doubles (so NaN and Infinity can
/// never enter a document).
/// </summary>
public static class StrictJsonParser
{
    private const int MaxDepth = 256;

    // Past this many members in one object the quick check hands over to Validate's hash sets, so that its
    // sibling-by-sibling duplicate search stays linear in the input.
    private const int QuickMembersPerObject = 256;

    /// <summary>Parses UTF-8 JSON text into a node tree.</summary>
    /// <exception cref="CanonicalJsonException">The text is not strict JSON; the message says where.</exception>
    public static JsonNode? Parse(ReadOnlySpan<byte> utf8)
    {
        Check(utf8);
        try
        {
            return JsonNode.Parse(utf8, documentOptions: DocumentOptions);
        }
        catch (JsonException e)
        {
            throw Invalid(e);
        }
    }

    /// <summary>
    /// Parses UTF-8 JSON text into an element of its own (a copy of the text, not pooled): what <see cref="Parse(ReadOnlySpan{byte})"/>'s
    /// tree is made from, for a reader that also wants the raw text of a value inside it.
    /// </summary>
    /// <exception cref="CanonicalJsonException">The text is not strict JSON; the message says where.</exception>
    internal static JsonElement ParseElement(ReadOnlySpan<byte> utf8)
    {
        Check(utf8);
        try
        {
            return JsonElement.Parse(utf8, DocumentOptions);
        }
        catch (JsonException e)
        {
            throw Invalid(e);
        }
    }

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = MaxDepth };

    // Check has accepted the text, so what the parser still refuses is its own limit (nesting past MaxDepth).
    private static CanonicalJsonException Invalid(JsonException e) => new($"invalid JSON: {e.Message}", "");

    private static void Check(ReadOnlySpan<byte> utf8)
    {
        if (!IsPlainlyStrict(utf8))
        {
            // Something is wrong or unusual: Validate accepts it or says exactly where the problem is.
            Validate(utf8);
        }
    }

    /// <summary>Parses JSON text into a node tree.</summary>
    /// <exception cref="CanonicalJsonException">The text is not strict JSON; the message says where.</exception>
    public static JsonNode? Parse(string json) => Parse(Encoding.UTF8.GetBytes(json));

    /// <summary>Parses JSON text that must be an object.</summary>
    /// <exception cref="CanonicalJsonException">The text is not strict JSON or not an object.</exception>
    public static JsonObject ParseObject(ReadOnlySpan<byte> utf8) =>
        Parse(utf8) as JsonObject ?? throw new CanonicalJsonException("expected a JSON object at the top level", "");

    /// <summary>
    /// The quick check, run first on every text: true when the text is strict JSON with no escaped member name.
    /// It checks what <see cref="Validate"/> checks without building a JSON Pointer or a string per member
    /// (duplicate names are compared as raw UTF-8 among their siblings, strings are checked as UTF-8 in place),
    /// so a valid bundle costs no allocation per member. False means "not known good": Validate then decides,
    /// and its messages name the place, so every error reads the same whichever path found it.
    /// </summary>
    internal static bool IsPlainlyStrict(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth });
        var names = new List<Range>();
        var objectStarts = new List<int>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        // Unescaped, so the raw bytes are the name; an escaped name could equal an unescaped one.
                        if (reader.ValueIsEscaped || !Utf8.IsValid(reader.ValueSpan) || !AddMemberName(utf8, ref reader, names, objectStarts[^1]))
                        {
                            return false;
                        }

                        break;
                    case JsonTokenType.StartObject:
                        objectStarts.Add(names.Count);
                        break;
                    case JsonTokenType.EndObject:
                        names.RemoveRange(objectStarts[^1], names.Count - objectStarts[^1]);
                        objectStarts.RemoveAt(objectStarts.Count - 1);
                        break;
                    case JsonTokenType.Number:
                        if (!reader.TryGetDouble(out var number) || !double.IsFinite(number))
                        {
                            return false;
                        }

                        break;
                    case JsonTokenType.String:
                        // An escaped string is rare in a bundle: unescaping it checks it.
                        if (reader.ValueIsEscaped ? !JsonStringToken.TryGetString(ref reader, out _) : !Utf8.IsValid(reader.ValueSpan))
                        {
                            return false;
                        }

                        break;
                    default:
                        break;
                }
            }

            return true;
        }
        catch (JsonException)
        {
            // Validate reads the same text with the same options and reports this error with its position.
            return false;
        }
    }

    // Records the member name under the reader among its siblings (names[siblingsStart..]); false on a duplicate
    // or an object too large for the sibling-by-sibling search.
    private static bool AddMemberName(ReadOnlySpan<byte> utf8, ref Utf8JsonReader reader, List<Range> names, int siblingsStart)
    {
        var name = reader.ValueSpan;
        if (names.Count - siblingsStart >= QuickMembersPerObject)
        {
            return false;
        }

        for (var i = siblingsStart; i < names.Count; i++)
        {
            if (utf8[names[i]].SequenceEqual(name))
            {
                return false;
            }
        }

        // A name token starts at its opening quote.
        var start = (int)reader.TokenStartIndex + 1;
        names.Add(start..(start + name.Length));
        return true;
    }

    private static void Validate(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth });
        var frames = new Stack<Frame>();
        string? pendingName = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        var frame = frames.Peek();
                        pendingName = reader.GetString()!;
                        if (!frame.Names!.Add(pendingName))
                        {
                            var pointer = JsonPointer.Append(frame.Pointer, pendingName);
                            throw new CanonicalJsonException(
                                $"duplicate member name at '{pointer}'; each name may appear once per object", pointer);
                        }

                        continue;
                    case JsonTokenType.StartObject:
                        frames.Push(new Frame(ValuePointer(frames, pendingName), new HashSet<string>(StringComparer.Ordinal)));
                        break;
                    case JsonTokenType.StartArray:
                        frames.Push(new Frame(ValuePointer(frames, pendingName), null));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.Pop();
                        AdvanceIndex(frames);
                        break;
                    case JsonTokenType.Number:
                        if (!reader.TryGetDouble(out var number) || !double.IsFinite(number))
                        {
                            var pointer = ValuePointer(frames, pendingName);
                            throw new CanonicalJsonException(
                                $"number at '{pointer}' is outside IEEE-754 double range", pointer);
                        }

                        AdvanceIndex(frames);
                        break;
                    case JsonTokenType.String:
                        // Throws on escaped lone surrogates, which no UTF-8 text can carry.
                        reader.GetString();
                        AdvanceIndex(frames);
                        break;
                    default:
                        AdvanceIndex(frames);
                        break;
                }

                pendingName = null;
            }
        }
        catch (JsonException e)
        {
            throw new CanonicalJsonException(
                $"invalid JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}: {e.Message}", "");
        }
        catch (InvalidOperationException e)
        {
            throw new CanonicalJsonException($"invalid JSON string near byte {reader.TokenStartIndex}: {e.Message}", "");
        }
    }

    private static string ValuePointer(Stack<Frame> frames, string? name)
    {
        if (frames.Count == 0)
        {
            return "";
        }

        var parent = frames.Peek();
        return parent.Names is null
            ? parent.Pointer + "/" + parent.Index.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : JsonPointer.Append(parent.Pointer, name!);
    }

    private static void AdvanceIndex(Stack<Frame> frames)
    {
        if (frames.Count > 0 && frames.Peek().Names is null)
        {
            frames.Peek().Index++;
        }
    }

    private sealed class Frame(string pointer, HashSet<string>? names)
    {
        public string Pointer { get; } = pointer;

        /// <summary>Member names seen so far; null for an array.</summary>
        public HashSet<string>? Names { get; } = names;

        public int Index { get; set; }
    }
}
