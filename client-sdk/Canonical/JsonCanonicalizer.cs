using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace ProvenanceLedger.Sdk.Canonical;

/// <summary>
/// Writes JSON in the RFC 8785 canonical form (JCS): UTF-8, no insignificant whitespace, object members
/// sorted by their names' UTF-16 code units, numbers in ECMAScript form, strings with minimal escaping.
/// </summary>
public static class JsonCanonicalizer
{
    private static readonly SearchValues<char> CharactersToEscape = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000a\u000b\u000c\u000d\u000e\u000f" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f\"\\");

    /// <summary>The canonical UTF-8 bytes of <paramref name="node"/> (<c>null</c> is JSON null).</summary>
    /// <exception cref="CanonicalJsonException">A non-finite number or a string that is not valid Unicode.</exception>
    public static byte[] Canonicalize(JsonNode? node)
    {
        var buffer = new ArrayBufferWriter<byte>();
        Write(node, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The canonical form as a string (for display and tests).</summary>
    public static string CanonicalizeToString(JsonNode? node) => Encoding.UTF8.GetString(Canonicalize(node));

    /// <summary>Appends the canonical UTF-8 bytes of <paramref name="node"/> to <paramref name="output"/>.</summary>
    /// <exception cref="CanonicalJsonException">A non-finite number or a string that is not valid Unicode.</exception>
    public static void Write(JsonNode? node, IBufferWriter<byte> output)
    {
        switch (node)
        {
            case null:
                WriteAscii("null", output);
                break;
            case JsonObject obj:
                WriteObject(obj, output);
                break;
            case JsonArray array:
                WriteArray(array, output);
                break;
            case JsonValue value:
                WriteValue(value, output);
                break;
            default:
                throw new CanonicalJsonException($"unsupported JSON node {node.GetType().Name}", JsonPointer.Of(node));
        }
    }

    /// <summary>
    /// Appends the canonical UTF-8 of the leaf at <paramref name="token"/> (a scalar, or the end of an empty object
    /// or array) from its raw text, where it is already canonical: a string without an escape, an integer of at most
    /// 15 digits (exact as a double, and written alike by ECMAScript), <c>true</c>, <c>false</c>, <c>null</c>. Other
    /// strings are unescaped and escaped again; other numbers go through a double. <paramref name="pointer"/> only
    /// serves a refusal.
    /// </summary>
    /// <exception cref="CanonicalJsonException">A number beyond double range, or a string that is not valid Unicode.</exception>
    internal static void WriteLeaf(ref Utf8JsonReader token, string pointer, IBufferWriter<byte> output)
    {
        switch (token.TokenType)
        {
            case JsonTokenType.String:
                // The reader refused raw control characters, so without an escape there is nothing to escape.
                var text = token.ValueSpan;
                if (!token.ValueIsEscaped && Utf8.IsValid(text))
                {
                    var destination = output.GetSpan(text.Length + 2);
                    destination[0] = (byte)'"';
                    text.CopyTo(destination[1..]);
                    destination[text.Length + 1] = (byte)'"';
                    output.Advance(text.Length + 2);
                }
                else
                {
                    WriteLeafString(ref token, pointer, output);
                }

                break;
            case JsonTokenType.Number:
                if (IsShortInteger(token.ValueSpan))
                {
                    output.Write(token.ValueSpan);
                    break;
                }

                if (!token.TryGetDouble(out var number) || !double.IsFinite(number))
                {
                    throw OutsideDoubleRange(Encoding.UTF8.GetString(token.ValueSpan), pointer);
                }

                output.Advance(EcmaScriptNumber.Format(number, output.GetSpan(32)));
                break;
            case JsonTokenType.EndObject:
                WriteAscii("{}", output);
                break;
            case JsonTokenType.EndArray:
                WriteAscii("[]", output);
                break;
            default:
                // true, false and null are canonical as they stand.
                output.Write(token.ValueSpan);
                break;
        }
    }

    // JSON text has no leading zeros, so digits alone (after an optional '-') are the shortest integer form, which
    // is ECMAScript's for magnitudes below 2^53; "-0" is the exception (ECMAScript writes 0).
    private static bool IsShortInteger(ReadOnlySpan<byte> raw)
    {
        var digits = raw.Length > 0 && raw[0] == (byte)'-' ? raw[1..] : raw;
        return digits.Length is > 0 and <= 15
            && !digits.ContainsAnyExceptInRange((byte)'0', (byte)'9')
            && !(digits.Length == 1 && digits[0] == (byte)'0' && raw.Length == 2);
    }

    private static void WriteLeafString(ref Utf8JsonReader token, string pointer, IBufferWriter<byte> output)
    {
        // An escaped lone surrogate ("\ud800") reads, but has no string.
        if (!JsonStringToken.TryGetString(ref token, out var text))
        {
            throw LoneSurrogate(pointer);
        }

        WriteString(text, output, null);
    }

    /// <summary>Appends the canonical form of a JSON string (quotes included).</summary>
    /// <exception cref="CanonicalJsonException">The string holds a lone surrogate.</exception>
    public static void WriteString(ReadOnlySpan<char> text, IBufferWriter<byte> output) => WriteString(text, output, null);

    // The context node only serves the error message, so its pointer is computed on failure alone.
    private static void WriteString(ReadOnlySpan<char> text, IBufferWriter<byte> output, JsonNode? context)
    {
        WriteByte((byte)'"', output);
        while (!text.IsEmpty)
        {
            var next = text.IndexOfAny(CharactersToEscape);
            var run = next < 0 ? text : text[..next];
            if (!run.IsEmpty)
            {
                var destination = output.GetSpan(Encoding.UTF8.GetMaxByteCount(run.Length));
                var status = Utf8.FromUtf16(run, destination, out _, out var written, replaceInvalidSequences: false);
                if (status != OperationStatus.Done)
                {
                    var pointer = context is null ? "" : PointerOf(context);
                    throw LoneSurrogate(pointer);
                }

                output.Advance(written);
            }

            if (next < 0)
            {
                break;
            }

            WriteEscape(text[next], output);
            text = text[(next + 1)..];
        }

        WriteByte((byte)'"', output);
    }

    private static void WriteObject(JsonObject obj, IBufferWriter<byte> output)
    {
        WriteByte((byte)'{', output);
        if (obj.Count > 0)
        {
            var members = new KeyValuePair<string, JsonNode?>[obj.Count];
            var i = 0;
            foreach (var member in obj)
            {
                members[i++] = member;
            }

            // RFC 8785 §3.2.3: sort by UTF-16 code units, which is exactly ordinal comparison of .NET strings.
            Array.Sort(members, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
            for (i = 0; i < members.Length; i++)
            {
                if (i > 0)
                {
                    WriteByte((byte)',', output);
                }

                WriteString(members[i].Key, output, obj);
                WriteByte((byte)':', output);
                Write(members[i].Value, output);
            }
        }

        WriteByte((byte)'}', output);
    }

    private static void WriteArray(JsonArray array, IBufferWriter<byte> output)
    {
        WriteByte((byte)'[', output);
        for (var i = 0; i < array.Count; i++)
        {
            if (i > 0)
            {
                WriteByte((byte)',', output);
            }

            Write(array[i], output);
        }

        WriteByte((byte)']', output);
    }

    private static void WriteValue(JsonValue value, IBufferWriter<byte> output)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String when value.TryGetValue<JsonElement>(out var element) && TryWriteRawString(element, output):
                break;
            case JsonValueKind.String:
                WriteString(value.GetValue<string>(), output, value);
                break;
            case JsonValueKind.Number:
                WriteNumber(ToDouble(value), output, value);
                break;
            case JsonValueKind.True:
                WriteAscii("true", output);
                break;
            case JsonValueKind.False:
                WriteAscii("false", output);
                break;
            case JsonValueKind.Null:
                WriteAscii("null", output);
                break;
            default:
                throw new CanonicalJsonException(
                    $"value at '{PointerOf(value)}' is not a JSON scalar ({value.GetValueKind()})", PointerOf(value));
        }
    }

    // A parsed string with no escape sequence is already canonical as it stands in the JSON text: the parser
    // refused raw control characters, so without a backslash there is no '"', '\\' or control character to
    // escape. Copying its bytes saves a string per leaf. Anything with an escape takes the general path.
    private static bool TryWriteRawString(JsonElement element, IBufferWriter<byte> output)
    {
        var raw = JsonMarshal.GetRawUtf8Value(element);
        if (raw.Length < 2 || raw[0] != (byte)'"' || raw[^1] != (byte)'"' || raw.Contains((byte)'\\') || !Utf8.IsValid(raw))
        {
            return false;
        }

        output.Write(raw);
        return true;
    }

    // A string that is not valid Unicode has no UTF-8, so no canonical form.
    private static CanonicalJsonException LoneSurrogate(string pointer) =>
        new($"string at '{pointer}' holds a lone UTF-16 surrogate; JSON text must be valid Unicode", pointer);

    // JSON text beyond double range (1e400) parses but has no canonical form.
    private static CanonicalJsonException OutsideDoubleRange(string number, string pointer) =>
        new($"number {number} at '{pointer}' is outside IEEE-754 double range", pointer);

    private static double ToDouble(JsonValue value)
    {
        if (value.TryGetValue<JsonElement>(out var element))
        {
            return element.TryGetDouble(out var parsed) && double.IsFinite(parsed)
                ? parsed
                : throw OutsideDoubleRange(element.GetRawText(), PointerOf(value));
        }

        if (value.TryGetValue<double>(out var d))
        {
            return d;
        }

        if (value.TryGetValue<long>(out var l))
        {
            return l;
        }

        if (value.TryGetValue<int>(out var i))
        {
            return i;
        }

        // Any other CLR number (decimal, ulong, float, short, ...): its JSON text is a valid double literal.
        return double.Parse(value.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void WriteNumber(double number, IBufferWriter<byte> output, JsonValue origin)
    {
        if (!double.IsFinite(number))
        {
            throw new CanonicalJsonException(
                $"number at '{PointerOf(origin)}' is {number}; JSON allows only finite numbers", PointerOf(origin));
        }

        var destination = output.GetSpan(32);
        output.Advance(EcmaScriptNumber.Format(number, destination));
    }

    private static void WriteEscape(char c, IBufferWriter<byte> output)
    {
        var destination = output.GetSpan(6);
        destination[0] = (byte)'\\';
        var shortForm = c switch
        {
            '"' => '"',
            '\\' => '\\',
            '\b' => 'b',
            '\f' => 'f',
            '\n' => 'n',
            '\r' => 'r',
            '\t' => 't',
            _ => '\0',
        };
        if (shortForm != '\0')
        {
            destination[1] = (byte)shortForm;
            output.Advance(2);
            return;
        }

        // Other control characters: \u00xx with lower-case hex (RFC 8785 §3.2.2.2).
        destination[1] = (byte)'u';
        destination[2] = (byte)'0';
        destination[3] = (byte)'0';
        destination[4] = (byte)"0123456789abcdef"[c >> 4];
        destination[5] = (byte)"0123456789abcdef"[c & 0xF];
        output.Advance(6);
    }

    private static void WriteAscii(string text, IBufferWriter<byte> output)
    {
        var destination = output.GetSpan(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            destination[i] = (byte)text[i];
        }

        output.Advance(text.Length);
    }

    private static void WriteByte(byte b, IBufferWriter<byte> output)
    {
        output.GetSpan(1)[0] = b;
        output.Advance(1);
    }

    private static string PointerOf(JsonNode node) => JsonPointer.Of(node);
}
