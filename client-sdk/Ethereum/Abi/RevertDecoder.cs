using System.Numerics;

namespace ProvenanceLedger.Sdk.Ethereum.Abi;

/// <summary>Decodes revert data: <c>Error(string)</c>, <c>Panic(uint256)</c>, or a custom error of a contract ABI.</summary>
public static class RevertDecoder
{
    /// <summary>The built-in <c>Error(string)</c>.</summary>
    public static AbiError ErrorString { get; } = AbiError.FromSignature("Error(string)");

    /// <summary>The built-in <c>Panic(uint256)</c>.</summary>
    public static AbiError Panic { get; } = AbiError.FromSignature("Panic(uint256)");

    /// <summary>Decodes <paramref name="data"/>; custom errors are looked up in <paramref name="abi"/> when given. Never throws on bad data.</summary>
    public static RevertReason Decode(ReadOnlySpan<byte> data, ContractAbi? abi = null)
    {
        var raw = data.ToArray();
        if (data.IsEmpty)
        {
            return new RevertReason(RevertKind.Empty, raw, "reverted without a reason");
        }

        if (data.Length < AbiSelector.Size)
        {
            return Unrecognized(raw, "revert data shorter than a selector");
        }

        var selector = AbiSelector.Read(data);
        try
        {
            if (selector == ErrorString.Selector)
            {
                var reason = (string)ErrorString.Decode(data)[0];
                return new RevertReason(RevertKind.Error, raw, $"reverted with reason \"{reason}\"") { ReasonString = reason };
            }

            if (selector == Panic.Selector)
            {
                var code = (BigInteger)Panic.Decode(data)[0];
                return new RevertReason(RevertKind.Panic, raw, $"panicked with code 0x{code:x2}: {PanicMeaning(code)}") { PanicCode = code };
            }

            if (abi?.FindError(selector) is { } error)
            {
                var arguments = error.Decode(data);
                var rendered = string.Join(", ", arguments.Select(AbiValueFormatter.Format));
                return new RevertReason(RevertKind.Custom, raw, $"reverted with custom error {error.Name}({rendered})")
                {
                    CustomError = error,
                    Arguments = arguments,
                };
            }
        }
        catch (AbiException e)
        {
            return Unrecognized(raw, $"malformed revert data for selector {selector}: {e.Message}");
        }

        return Unrecognized(raw, $"unknown error selector {selector}");
    }

    /// <summary>What a Solidity panic code means (from the Solidity documentation's list of panic codes).</summary>
    public static string PanicMeaning(BigInteger code) => (int)BigInteger.Min(code, int.MaxValue) switch
    {
        0x00 => "generic compiler-inserted panic",
        0x01 => "assert failed",
        0x11 => "arithmetic overflow or underflow",
        0x12 => "division or modulo by zero",
        0x21 => "conversion to an invalid enum value",
        0x22 => "incorrectly encoded storage byte array",
        0x31 => "pop() on an empty array",
        0x32 => "array index out of bounds",
        0x41 => "too much memory allocated or array too large",
        0x51 => "call to a zero-initialized internal function",
        _ => "unknown panic code",
    };

    private static RevertReason Unrecognized(byte[] raw, string why) =>
        new(RevertKind.Unrecognized, raw, $"reverted with unrecognized data {Hex.Encode(raw.AsSpan(0, Math.Min(raw.Length, 68)))}{(raw.Length > 68 ? "..." : "")} ({why})");
}
