using System.Diagnostics;
using ProvenanceLedger.Sdk.Canonical;
using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Sdk.Proofs;

namespace ProvenanceLedger.Bench.Peer;

/// <summary>
/// (4) Selective disclosure: redact the field the peer obfuscates, then verify the redacted bundle, which
/// must still be valid with the same document hash.
/// </summary>
internal static class DisclosureMeasurement
{
    public static async Task<DisclosureResult> MeasureAsync(
        AnchoredBatch batch, string dottedField, int samples, string verifiedBy,
        Func<ProofBundle, CancellationToken, Task> verifyValid, CancellationToken cancellationToken)
    {
        var pointer = ToPointer(dottedField);
        var redactor = new DocumentRedactor();
        var hideMs = new List<double>(samples);
        var verifyMs = new List<double>(samples);
        foreach (var index in LatencyMeasurement.Sample(Enumerable.Range(0, batch.Count).ToList(), samples))
        {
            var clock = Stopwatch.StartNew();
            var disclosed = redactor.Redact(batch.Document(index), [pointer]);
            hideMs.Add(clock.Elapsed.TotalMilliseconds);
            if (disclosed.Salts.ContainsKey(pointer))
            {
                throw new InvalidOperationException($"redacting {pointer} left its salt disclosed");
            }

            var bundle = batch.Bundle(index, disclosed);
            clock.Restart();
            await verifyValid(bundle, cancellationToken);
            verifyMs.Add(clock.Elapsed.TotalMilliseconds);
        }

        return new DisclosureResult(dottedField, pointer, hideMs.Count, Percentiles.Of(hideMs, 50),
            Percentiles.Of(verifyMs, 50), Percentiles.Of(verifyMs, 99), StillValid: true, verifiedBy);
    }

    /// <summary>"body.importer.name" (the peer's lodash path) as the JSON Pointer "/body/importer/name".</summary>
    public static string ToPointer(string dottedField) =>
        dottedField.Split('.').Aggregate(string.Empty, JsonPointer.Append);
}
