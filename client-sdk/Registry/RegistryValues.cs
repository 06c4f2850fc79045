using System.Numerics;
using System.Text;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Registry;

/// <summary>Conversions between the registry's ABI values and the SDK's types.</summary>
internal static class RegistryValues
{
    private static readonly long MaxUnixSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    public static Hash32 Hash(object value) => new((byte[])value);

    public static Address Address(object value) => (Address)value;

    public static BigInteger Integer(object value) => (BigInteger)value;

    public static uint UInt32(object value) => (uint)(BigInteger)value;

    public static ushort UInt16(object value) => (ushort)(BigInteger)value;

    public static byte UInt8(object value) => (byte)(BigInteger)value;

    public static ulong UInt64(object value) => (ulong)(BigInteger)value;

    /// <summary>A uint40 unix time; values past year 9999 (an "open-ended" window) become <see cref="DateTimeOffset.MaxValue"/>.</summary>
    public static DateTimeOffset Time(object value)
    {
        var seconds = (BigInteger)value;
        return seconds >= MaxUnixSeconds ? DateTimeOffset.MaxValue : DateTimeOffset.FromUnixTimeSeconds((long)seconds);
    }

    public static BigInteger UnixSeconds(DateTimeOffset time) => time.ToUnixTimeSeconds();

    /// <summary>A bytes2 country ("DE" = 0x4445) as its two letters; 0x0000 is the empty string (no country).</summary>
    public static string Country(object value)
    {
        var bytes = (byte[])value;
        return bytes.All(b => b == 0) ? string.Empty : Encoding.ASCII.GetString(bytes);
    }

    public static byte[] CountryBytes(string country)
    {
        ArgumentNullException.ThrowIfNull(country);
        if (country.Length != 2 || !country.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException($"'{country}' is not a country code; the registry stores two upper-case letters such as DE or CL", nameof(country));
        }

        return Encoding.ASCII.GetBytes(country);
    }

    public static object[] Hashes(IReadOnlyList<Hash32> hashes) => [.. hashes.Select(h => (object)h)];
}
