using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Canonical;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>
/// A document as compact UTF-8 JSON: the form issuing writes once, parses once (<see cref="JsonDocument"/>, whose
/// index is rented from the shared pool) and then validates, hashes and keeps in the bundle, and the form the
/// public entry points that take a <see cref="JsonObject"/> convert to, so there is one reader of documents.
/// </summary>
internal static class CompactJson
{
    /// <summary>
    /// HTML-sensitive characters and non-ASCII text are left unescaped (characters outside the Basic Multilingual
    /// Plane and U+2028/U+2029 are still escaped), so parsing the text back gives the same strings, and a bundle
    /// writer writing the parsed text gives the same bytes as writing the object it came from.
    /// </summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>As deep as the writer may nest (its default), so any document it wrote parses back.</summary>
    public const int MaxDepth = 1000;

    // Duplicate member names are an error (FORMAT.md §1); the writer copies a parsed-but-untouched object's text as
    // it stands, duplicates included, so the parse is what refuses them — unless the text cannot hold any (a trade
    // document refused them when it was made), which saves issuing the search (~5% of its CPU).
    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = MaxDepth, AllowDuplicateProperties = false };
    private static readonly JsonDocumentOptions ParseOptionsWithoutRepeatSearch = new() { MaxDepth = MaxDepth };

    // What the writer puts in place of a lone UTF-16 surrogate (a real U+FFFD is written as it is, unescaped).
    private static ReadOnlySpan<byte> ReplacedSurrogate => "\\uFFFD"u8;

    /// <summary>The compact UTF-8 of <paramref name="node"/>.</summary>
    /// <exception cref="CanonicalJsonException">A number is not finite or a string holds a lone surrogate, so the node has no JSON text.</exception>
    public static byte[] ToUtf8(JsonNode node) => ToUtf8(node, static (n, w) => n.WriteTo(w), static n => n);

    /// <summary>The compact UTF-8 that <paramref name="write"/> writes for <paramref name="state"/> (see <see cref="Write"/>).</summary>
    /// <exception cref="CanonicalJsonException">A number is not finite or a string holds a lone surrogate.</exception>
    public static byte[] ToUtf8<TState>(TState state, Action<TState, Utf8JsonWriter> write, Func<TState, JsonNode> explain)
    {
        var buffer = new ArrayBufferWriter<byte>(2048);
        using var writer = new Utf8JsonWriter(buffer, WriterOptions);
        Write(state, write, explain, writer, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Parses the compact UTF-8 of <paramref name="node"/> (see <see cref="ToUtf8"/>); dispose the result.</summary>
    /// <exception cref="CanonicalJsonException">A number is not finite, a string holds a lone surrogate or a member name repeats.</exception>
    public static JsonDocument Parse(JsonNode node) => Parse(ToUtf8(node));

    /// <summary>
    /// Parses <paramref name="node"/> for reading it as a document or body: a value with no JSON text is reported
    /// as a validation problem at its pointer, as every other reading problem is.
    /// </summary>
    /// <exception cref="DocumentValidationException">A number is not finite, a string holds a lone surrogate or a member name repeats.</exception>
    public static JsonDocument ParseForReading(JsonNode node)
    {
        try
        {
            return Parse(node);
        }
        catch (CanonicalJsonException e)
        {
            throw new DocumentValidationException([new ValidationProblem(e.Pointer, e.Message)]);
        }
    }

    /// <summary>
    /// Parses compact text this class wrote; the bytes are used in place, not copied, and must outlive the result.
    /// <paramref name="mayRepeatNames"/> false skips the search for repeated member names: only for text written
    /// from a <see cref="TradeDocument"/>, which cannot hold any.
    /// </summary>
    /// <exception cref="CanonicalJsonException">A member name repeats in one object.</exception>
    public static JsonDocument Parse(ReadOnlyMemory<byte> utf8, bool mayRepeatNames = true)
    {
        try
        {
            return JsonDocument.Parse(utf8, mayRepeatNames ? ParseOptions : ParseOptionsWithoutRepeatSearch);
        }
        catch (JsonException)
        {
            // The text is the writer's, so a repeated name is the one thing the parse can refuse; the strict parser
            // says which member, and where.
            _ = StrictJsonParser.Parse(utf8.Span);
            throw;
        }
    }

    /// <summary>
    /// Resets <paramref name="writer"/> onto <paramref name="buffer"/> (reset first) and writes <paramref name="state"/>
    /// with <paramref name="write"/>. A value the JSON writer refuses (a non-finite number) or silently replaces (a
    /// lone UTF-16 surrogate, written as U+FFFD: hashing it would anchor a value nobody wrote) is reported by
    /// canonicalising <paramref name="explain"/>'s tree, which names the value and its pointer.
    /// </summary>
    /// <exception cref="CanonicalJsonException">A number is not finite or a string holds a lone surrogate.</exception>
    public static void Write<TState>(
        TState state, Action<TState, Utf8JsonWriter> write, Func<TState, JsonNode> explain, Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer)
    {
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        try
        {
            write(state, writer);
            writer.Flush();
        }
        catch (ArgumentException)
        {
            // The writer says only that some number is not finite; the canonical form says which, and where.
            _ = JsonCanonicalizer.Canonicalize(explain(state));
            throw;
        }

        if (buffer.WrittenSpan.IndexOf(ReplacedSurrogate) >= 0)
        {
            _ = JsonCanonicalizer.Canonicalize(explain(state));
        }
    }
}
