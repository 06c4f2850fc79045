using System.Net;
using System.Text.Json.Nodes;

namespace ProvenanceLedger.Testing;

/// <summary>Waits on a ledger node process's <c>/health/ready</c>, the way a test learns what it has indexed.</summary>
public static class LedgerNodeHealth
{
    /// <summary>
    /// Polls <c>/health/ready</c> of <paramref name="node"/> until <paramref name="done"/> holds for an answer (its
    /// status and JSON body); fails at once when <paramref name="isRunning"/> says the process died. A failure names
    /// what was awaited (<paramref name="awaited"/>) and ends with the node's log (<paramref name="logTail"/>).
    /// </summary>
    public static async Task WaitAsync(
        Uri node, string awaited, Func<HttpStatusCode, JsonNode, bool> done, Func<bool> isRunning, Func<string> logTail, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(logTail);
        ArgumentNullException.ThrowIfNull(done);
        ArgumentNullException.ThrowIfNull(isRunning);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (!isRunning())
            {
                throw new InvalidOperationException($"the ledger node at {node} exited before it got {awaited}; its log ends: {logTail()}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(node, "health/ready"));
                if (done(response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!))
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
            {
                // Not listening yet, too busy to answer within the per-request timeout (a loaded CI machine), or
                // still starting (an answer that is not the health report); the deadline bounds the wait either way.
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"the ledger node at {node} did not get {awaited} within {timeout.TotalSeconds:0} s; its log ends: {logTail()}");
    }

    /// <summary>The block the node has indexed, from a <c>/health/ready</c> body; null before its first range.</summary>
    public static ulong? IndexedBlock(JsonNode ready)
    {
        ArgumentNullException.ThrowIfNull(ready);
        var indexed = (string?)ready["checks"]![0]!["data"]!["indexedBlock"];
        return indexed is null or "none" ? null : ulong.Parse(indexed, System.Globalization.CultureInfo.InvariantCulture);
    }
}
