using System.Globalization;
using System.Text;

namespace ProvenanceLedger.Sdk.Ethereum.Signing;

/// <summary>EIP-191 version 0x45 ("personal_sign") message hashing.</summary>
public static class PersonalMessage
{
    private const string Prefix = "\u0019Ethereum Signed Message:\n";

    /// <summary>keccak256("\x19Ethereum Signed Message:\n" + decimal length + message).</summary>
    public static Hash32 Hash(ReadOnlySpan<byte> message)
    {
        var header = Encoding.ASCII.GetBytes(Prefix + message.Length.ToString(CultureInfo.InvariantCulture));
        var data = new byte[header.Length + message.Length];
        header.CopyTo(data, 0);
        message.CopyTo(data.AsSpan(header.Length));
        return Keccak256.Hash(data);
    }

    /// <summary>Hashes a UTF-8 text message.</summary>
    public static Hash32 Hash(string message) => Hash(Encoding.UTF8.GetBytes(message));
}
