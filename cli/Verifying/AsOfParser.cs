using System.Globalization;
using ProvenanceLedger.Cli.Infrastructure;
using ProvenanceLedger.Sdk.Verification;

namespace ProvenanceLedger.Cli.Verifying;

/// <summary>Reads --as-of: a block number, or an ISO 8601 date or time (UTC unless an offset is given).</summary>
internal static class AsOfParser
{
    public static AsOf Parse(string? text)
    {
        if (text is null)
        {
            return AsOf.Latest;
        }

        if (ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var block))
        {
            return AsOf.AtBlock(block);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? AsOf.AtTime(time)
            : throw new CliException($"--as-of '{text}' is neither a block number nor an ISO 8601 date/time (e.g. 1200 or 2026-11-22T12:00:00Z)");
    }
}
