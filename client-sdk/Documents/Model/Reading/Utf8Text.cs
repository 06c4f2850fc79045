using System.Collections.Frozen;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>
/// String values read on their UTF-8 in the parsed text, so checking a code or the presence of text makes no
/// string. Each helper decides only what it can decide from the bytes; anything else (an escape, text that is
/// not ASCII) is left to the string it would have made, which decides as before.
/// </summary>
internal static class Utf8Text
{
    /// <summary>The UTF-8 of the string <paramref name="value"/> as it stands between its quotes, when it holds no escape.</summary>
    public static bool TryGetUnescaped(JsonElement value, out ReadOnlySpan<byte> utf8)
    {
        var raw = JsonMarshal.GetRawUtf8Value(value);
        if (raw.Length >= 2 && raw[0] == (byte)'"')
        {
            raw = raw[1..^1];
        }

        utf8 = raw;
        return raw.IndexOf((byte)'\\') < 0;
    }

    /// <summary>
    /// Whether the text is empty or white space only (as <see cref="string.IsNullOrWhiteSpace"/> says of its string):
    /// false when it has an ASCII character that is not white space, true when it is all ASCII white space, null when
    /// only the string can tell (non-ASCII characters, some of which are white space).
    /// </summary>
    public static bool? IsBlank(ReadOnlySpan<byte> utf8)
    {
        var nonAscii = false;
        foreach (var b in utf8)
        {
            if (b >= 0x80)
            {
                nonAscii = true;
            }
            else if (b is not ((>= 0x09 and <= 0x0D) or 0x20))
            {
                return false;
            }
        }

        return nonAscii ? null : true;
    }

    /// <summary>The list's own string of the short ASCII code <paramref name="utf8"/> (at most 8 bytes), when the list has it.</summary>
    public static bool TryFindListed(ReadOnlySpan<byte> utf8, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> list, out string listed)
    {
        Span<char> text = stackalloc char[8];
        listed = string.Empty;
        return utf8.Length <= text.Length && System.Text.Ascii.ToUtf16(utf8, text, out _) == System.Buffers.OperationStatus.Done && list.TryGetValue(text[..utf8.Length], out listed!);
    }
}

/// <summary>
/// A code parser on a string value's unescaped UTF-8: true with the value only when the string parser would accept
/// the same text with the same value; false leaves the text to the string parser (which reports what is wrong).
/// <paramref name="standIn"/> true says the value will be thrown away (a reading for problems only), so a parser
/// whose value needs a new string may give a stand-in instead.
/// </summary>
internal delegate bool Utf8TryParser<T>(ReadOnlySpan<byte> utf8, bool standIn, out T value);
