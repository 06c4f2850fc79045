using System.Diagnostics;
using ProvenanceLedger.Sdk.Canonical;
using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Sdk.Proofs;

namespace ProvenanceLedger.Bench.Peer;

/// <summary>
/// (4) Selective disclosure: redact the field the peer obfuscates, then verify the redacted bundle, which
/// must still be valid (same document hash, the value gone with its salt).
/// </summary>
internal static class DisclosureMeasurement
{
    public static async Task<DisclosureResult> MeasureAsync(
        IReadOnlyList<ProofBundle> batch, string dottedField, int samples, string verifiedBy,
        Func<ProofBundle, CancellationToken, Task> verifyValid, CancellationToken cancellationToken)
    {
        var pointer = ToPointer(dottedField);
        var redactor = new DocumentRedactor();
        var hideMs = new List<double>(samples);
        var verifyMs = new List<double>(samples);
        foreach (var bundle in LatencyMeasurement.Sample(batch, samples))
        {
            var clock = Stopwatch.StartNew();
            var disclosed = redactor.Redact(bundle.Document, bundle.Salts, [pointer]);
            hideMs.Add(clock.Elapsed.TotalMilliseconds);
            if (disclosed.Salts.ContainsKey(pointer))
            {
                throw new InvalidOperationException($"redacting {pointer} left its salt disclosed");
            }

            var redacted = bundle with { Document = disclosed.Document, Salts = disclosed.Salts };
            clock.Restart();
            await verifyValid(redacted, cancellationToken);
            verifyMs.Add(clock.Elapsed.TotalMilliseconds);
        }

        return new DisclosureResult(dottedField, pointer, hideMs.Count, Percentiles.Of(hideMs, 50),
            Percentiles.Of(verifyMs, 50), Percentiles.Of(verifyMs, 99), StillValid: true, verifiedBy);
    }

    /// <summary>"body.importer.name" (the peer's lodash path) as the JSON Pointer "/body/importer/name".</summary>
    public static string ToPointer(string dottedField) =>
        dottedField.Split('.').Aggregate(string.Empty, JsonPointer.Append);
}
