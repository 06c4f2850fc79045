using System.Globalization;
using ProvenanceLedger.Node.Ledger;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Node.Api;

/// <summary>Reads route and query values into typed values, or throws <see cref="ApiInputException"/> naming the parameter.</summary>
internal static class ApiInput
{
    public static Hash32 Hash(string? value, string name) =>
        Hash32.TryParse(value, out var hash)
            ? hash
            : throw new ApiInputException("Malformed hash", $"'{name}' must be a 32-byte hash as 0x followed by 64 hex digits; got '{Shorten(value)}'.");

    public static Hash32? OptionalHash(string? value, string name) => string.IsNullOrEmpty(value) ? null : Hash(value, name);

    public static Address Address(string? value, string name) =>
        Sdk.Ethereum.Address.TryParse(value, out var address)
            ? address
            : throw new ApiInputException("Malformed address", $"'{name}' must be a 20-byte address as 0x followed by 40 hex digits (EIP-55 checksum if mixed case); got '{Shorten(value)}'.");

    public static Address? OptionalAddress(string? value, string name) => string.IsNullOrEmpty(value) ? null : Address(value, name);

    public static ulong? OptionalBlock(string? value, string name) =>
        string.IsNullOrEmpty(value) ? null
        : ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var block) ? block
        : throw new ApiInputException("Malformed block number", $"'{name}' must be a block number (decimal digits); got '{Shorten(value)}'.");

    /// <summary>"asOf" as a block number (digits) or an ISO 8601 time with a zone (2026-11-22T10:00:00Z); absent means latest.</summary>
    public static AsOf AsOf(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return Sdk.Verification.AsOf.Latest;
        }

        if (ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var block))
        {
            return Sdk.Verification.AsOf.AtBlock(block);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? Sdk.Verification.AsOf.AtTime(time)
            : throw new ApiInputException("Malformed asOf", $"'asOf' must be a block number or an ISO 8601 time such as 2026-11-22T10:00:00Z; got '{Shorten(value)}'.");
    }

    public static int Limit(int? value)
    {
        var limit = value ?? 100;
        return limit is >= 1 and <= DecisionQuery.MaxLimit
            ? limit
            : throw new ApiInputException("Limit out of range", $"'limit' must be between 1 and {DecisionQuery.MaxLimit}; got {limit}.");
    }

    private static string Shorten(string? value) => value is null ? "" : value.Length <= 80 ? value : value[..80] + "…";
}
