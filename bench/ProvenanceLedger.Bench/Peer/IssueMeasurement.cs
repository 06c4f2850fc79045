using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace ProvenanceLedger.Bench.Peer;

/// <summary>
/// (1) Issue throughput: our SDK's issue over N documents (canonicalise, salt, hash, Merkle tree, every
/// proof), timed around the SDK call only, after the same warm-up the peer gets. CPU time is recorded too:
/// on a shared machine it says more than wall time about the work each side does.
/// </summary>
internal static class IssueMeasurement
{
    private const int WarmUpDocuments = 200;

    public static IReadOnlyList<IssueResult> Measure(IReadOnlyList<JsonObject> documents, IReadOnlyList<int> sizes, Action<string> log)
    {
        BatchIssue.Issue(documents.Take(WarmUpDocuments).ToList());
        var results = new List<IssueResult>(sizes.Count);
        foreach (var n in sizes)
        {
            var batch = documents.Take(n).ToList();
            var cpu = ProcessorTime.Now();
            var clock = Stopwatch.StartNew();
            var issued = BatchIssue.Issue(batch);
            var seconds = clock.Elapsed.TotalSeconds;
            var cpuSeconds = ProcessorTime.SecondsSince(cpu);
            log(string.Create(CultureInfo.InvariantCulture, $"issue N={n}: {seconds:F2} s ({cpuSeconds:F2} s CPU), {n / seconds:F0} docs/s"));
            results.Add(new IssueResult(n, seconds, n / seconds, cpuSeconds, n / cpuSeconds, issued.Root.ToString()));
        }

        return results;
    }
}
