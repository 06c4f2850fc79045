namespace ProvenanceLedger.Sdk.Ethereum;

/// <summary>Ethereum hex: lower-case with a 0x prefix on output; either case, prefix optional on input.</summary>
public static class Hex
{
    /// <summary>Encodes bytes as lower-case 0x-prefixed hex.</summary>
    public static string Encode(ReadOnlySpan<byte> bytes) => "0x" + Convert.ToHexStringLower(bytes);

    /// <summary>The length of <see cref="Encode"/>'s text for <paramref name="byteCount"/> bytes.</summary>
    internal static int EncodedLength(int byteCount) => 2 + (2 * byteCount);

    /// <summary>
    /// The text <see cref="Encode"/> gives, as UTF-8 written into <paramref name="destination"/> (at least
    /// <see cref="EncodedLength"/> bytes): for JSON writers that would otherwise make a string per hash.
    /// </summary>
    internal static ReadOnlySpan<byte> EncodeUtf8(ReadOnlySpan<byte> bytes, Span<byte> destination)
    {
        destination[0] = (byte)'0';
        destination[1] = (byte)'x';
        if (!Convert.TryToHexStringLower(bytes, destination[2..], out var written))
        {
            throw new ArgumentException($"{bytes.Length} bytes need {EncodedLength(bytes.Length)} bytes of text, got {destination.Length}", nameof(destination));
        }

        return destination[..(2 + written)];
    }

    /// <summary>
    /// Decodes <see cref="Encode"/>'s spelling only (UTF-8 "0x" and exactly 2 × <paramref name="destination"/>.Length
    /// lower-case hex digits) into <paramref name="destination"/>; false for any other text. For readers that accept
    /// the canonical spelling alone, so the text written back is the text read.
    /// </summary>
    internal static bool TryDecodeLowerUtf8(ReadOnlySpan<byte> text, Span<byte> destination) =>
        text.Length == EncodedLength(destination.Length)
        && text.StartsWith("0x"u8)
        && !text[2..].ContainsAnyExcept(LowerHexDigitsUtf8)
        && Convert.FromHexString(text[2..], destination, out _, out _) == System.Buffers.OperationStatus.Done;

    /// <summary>As <see cref="TryDecodeLowerUtf8"/>, for text as characters.</summary>
    internal static bool TryDecodeLower(ReadOnlySpan<char> text, Span<byte> destination) =>
        text.Length == EncodedLength(destination.Length)
        && text.StartsWith("0x", StringComparison.Ordinal)
        && AreLowerHexDigits(text[2..])
        && Convert.FromHexString(text[2..], destination, out _, out _) == System.Buffers.OperationStatus.Done;

    /// <summary>Whether every character is a lower-case hex digit (the canonical spelling bundles keep).</summary>
    internal static bool AreLowerHexDigits(ReadOnlySpan<char> digits) => !digits.ContainsAnyExcept(LowerHexDigits);

    private static readonly System.Buffers.SearchValues<byte> LowerHexDigitsUtf8 = System.Buffers.SearchValues.Create("0123456789abcdef"u8);
    private static readonly System.Buffers.SearchValues<char> LowerHexDigits = System.Buffers.SearchValues.Create("0123456789abcdef");

    /// <summary>Decodes hex with or without a 0x prefix; throws <see cref="FormatException"/> naming the problem.</summary>
    public static byte[] Decode(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        var digits = hex.AsSpan();
        if (digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            digits = digits[2..];
        }

        if (digits.Length % 2 != 0)
        {
            throw new FormatException($"hex '{Shorten(hex)}' has an odd number of digits");
        }

        for (var i = 0; i < digits.Length; i++)
        {
            if (!char.IsAsciiHexDigit(digits[i]))
            {
                throw new FormatException($"hex '{Shorten(hex)}' has a non-hex character at position {i + (hex.Length - digits.Length)}");
            }
        }

        return Convert.FromHexString(digits);
    }

    /// <summary>Decodes without throwing.</summary>
    public static bool TryDecode(string hex, out byte[] bytes)
    {
        try
        {
            bytes = Decode(hex);
            return true;
        }
        catch (FormatException)
        {
            bytes = [];
            return false;
        }
    }

    private static string Shorten(string s) => s.Length <= 80 ? s : s[..77] + "...";
}
