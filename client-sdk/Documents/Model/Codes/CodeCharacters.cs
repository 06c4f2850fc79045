using System.Buffers;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>Character classes of code values, checked over the span (no enumerator or delegate per value read).</summary>
internal static class CodeCharacters
{
    private static readonly SearchValues<char> UpperLettersAndDigits = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    private static readonly SearchValues<byte> UpperLettersAndDigitsUtf8 = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"u8);


    /// <summary>True when every character is an ASCII upper-case letter or digit.</summary>
    public static bool AreUpperLettersOrDigits(ReadOnlySpan<char> text) => !text.ContainsAnyExcept(UpperLettersAndDigits);

    /// <summary>True when every byte is an ASCII upper-case letter or digit.</summary>
    public static bool AreUpperLettersOrDigits(ReadOnlySpan<byte> utf8) => !utf8.ContainsAnyExcept(UpperLettersAndDigitsUtf8);

    /// <summary>True when every character is an ASCII digit.</summary>
    public static bool AreDigits(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('0', '9');

    /// <summary>True when every byte is an ASCII digit.</summary>
    public static bool AreDigits(ReadOnlySpan<byte> utf8) => !utf8.ContainsAnyExceptInRange((byte)'0', (byte)'9');
}
