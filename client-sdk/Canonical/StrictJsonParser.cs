using System.Text;
using System.Text.Json;
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

    /// <summary>Parses UTF-8 JSON text into a node tree.</summary>
    /// <exception cref="CanonicalJsonException">The text is not strict JSON; the message says where.</exception>
    public static JsonNode? Parse(ReadOnlySpan<byte> utf8)
    {
        Validate(utf8);
        try
        {
            return JsonNode.Parse(utf8, documentOptions: new JsonDocumentOptions { MaxDepth = MaxDepth });
        }
        catch (JsonException e)
        {
            throw new CanonicalJsonException($"invalid JSON: {e.Message}", "");
        }
    }

    /// <summary>Parses JSON text into a node tree.</summary>
    /// <exception cref="CanonicalJsonException">The text is not strict JSON; the message says where.</exception>
    public static JsonNode? Parse(string json) => Parse(Encoding.UTF8.GetBytes(json));

    /// <summary>Parses JSON text that must be an object.</summary>
    /// <exception cref="CanonicalJsonException">The text is not strict JSON or not an object.</exception>
    public static JsonObject ParseObject(ReadOnlySpan<byte> utf8) =>
        Parse(utf8) as JsonObject ?? throw new CanonicalJsonException("expected a JSON object at the top level", "");

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
