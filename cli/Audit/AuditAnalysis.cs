using ProvenanceLedger.Cli.Infrastructure;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Registry;
using ProvenanceLedger.Sdk.Registry.Events;

namespace ProvenanceLedger.Cli.Audit;

/// <summary>An event history that breaks a rule an honest ledger keeps, with where it happened.</summary>
public sealed record AuditAnomaly(ulong BlockNumber, string Kind, string Description);

/// <summary>
/// What the replayed events say: batches and documents per issuer and per type, decisions per kind,
/// revocations and supersessions, and anomalies (decisions on revoked or superseded documents, anchors
/// by issuers not active for the type at that block).
/// </summary>
public sealed class AuditAnalysis
{
    private readonly Dictionary<Hash32, ulong> _revokedDocuments = [];
    private readonly Dictionary<Hash32, ulong> _revokedRoots = [];
    private readonly Dictionary<Hash32, Hash32> _rootOfDocument = [];
    private readonly Dictionary<Hash32, ulong> _supersededDocuments = [];
    private readonly Dictionary<(Address Issuer, Hash32 DocType), AccreditationStatus> _status = [];

    /// <summary>Batches and documents anchored per issuer.</summary>
    public SortedDictionary<string, (int Batches, long Documents)> PerIssuer { get; } = new(StringComparer.Ordinal);

    /// <summary>Batches and documents anchored per document type.</summary>
    public SortedDictionary<string, (int Batches, long Documents)> PerType { get; } = new(StringComparer.Ordinal);

    /// <summary>Customs decisions per kind.</summary>
    public SortedDictionary<string, int> PerDecision { get; } = new(StringComparer.Ordinal);

    /// <summary>Events per event name.</summary>
    public SortedDictionary<string, int> PerEvent { get; } = new(StringComparer.Ordinal);

    /// <summary>What looks wrong, in chain order.</summary>
    public List<AuditAnomaly> Anomalies { get; } = [];

    /// <summary>Replays <paramref name="events"/> (chain order).</summary>
    public static AuditAnalysis Of(IEnumerable<RegistryEvent> events)
    {
        var analysis = new AuditAnalysis();
        foreach (var e in events)
        {
            analysis.Apply(e);
        }

        return analysis;
    }

    private void Apply(RegistryEvent e)
    {
        var name = e.GetType().Name.Replace("Event", string.Empty, StringComparison.Ordinal);
        PerEvent[name] = PerEvent.GetValueOrDefault(name) + 1;
        var block = e.Position.BlockNumber;
        switch (e)
        {
            case AccreditationGrantedEvent g:
                _status[(g.Issuer, g.DocType)] = AccreditationStatus.Active;
                break;
            case AccreditationReinstatedEvent r:
                _status[(r.Issuer, r.DocType)] = AccreditationStatus.Active;
                break;
            case AccreditationSuspendedEvent s:
                _status[(s.Issuer, s.DocType)] = AccreditationStatus.Suspended;
                break;
            case AccreditationEndedEvent x:
                _status[(x.Issuer, x.DocType)] = AccreditationStatus.Ended;
                break;
            case BatchAnchoredEvent a:
                Count(PerIssuer, a.Issuer.ToString(), a.Count);
                Count(PerType, ValueParsers.TypeName(a.DocType), a.Count);
                var status = _status.GetValueOrDefault((a.Issuer, a.DocType));
                if (status != AccreditationStatus.Active)
                {
                    Anomalies.Add(new AuditAnomaly(block, "anchor-by-inactive-issuer",
                        $"batch {a.Root} anchored by {a.Issuer} whose accreditation for {ValueParsers.TypeName(a.DocType)} is {status}"));
                }

                break;
            case BatchRevokedEvent r:
                _revokedRoots.TryAdd(r.Root, block);
                break;
            case DocumentRevokedEvent r:
                _revokedDocuments.TryAdd(r.DocHash, block);
                _rootOfDocument.TryAdd(r.DocHash, r.Root);
                break;
            case SupersededEvent s:
                _supersededDocuments.TryAdd(s.OldHash, block);
                _rootOfDocument.TryAdd(s.OldHash, s.OldRoot);
                _rootOfDocument.TryAdd(s.NewHash, s.NewRoot);
                break;
            case DecisionRecordedEvent d:
                PerDecision[d.Decision.ToString()] = PerDecision.GetValueOrDefault(d.Decision.ToString()) + 1;
                CheckDecision(d, block);
                break;
        }
    }

    private void CheckDecision(DecisionRecordedEvent d, ulong block)
    {
        if (_revokedDocuments.TryGetValue(d.DocHash, out var revoked))
        {
            Anomalies.Add(new AuditAnomaly(block, "decision-on-revoked-document", $"{d.Decision} on {d.DocHash} by {d.Authority} ({d.Country}), revoked at block {revoked}"));
        }
        else if (_rootOfDocument.TryGetValue(d.DocHash, out var root) && _revokedRoots.TryGetValue(root, out var batchRevoked))
        {
            Anomalies.Add(new AuditAnomaly(block, "decision-on-revoked-document", $"{d.Decision} on {d.DocHash} by {d.Authority} ({d.Country}), whose batch {root} was revoked at block {batchRevoked}"));
        }

        if (_supersededDocuments.TryGetValue(d.DocHash, out var superseded))
        {
            Anomalies.Add(new AuditAnomaly(block, "decision-on-superseded-document", $"{d.Decision} on {d.DocHash} by {d.Authority} ({d.Country}), superseded at block {superseded}"));
        }
    }

    private static void Count(SortedDictionary<string, (int Batches, long Documents)> counts, string key, uint documents)
    {
        var (batches, total) = counts.GetValueOrDefault(key);
        counts[key] = (batches + 1, total + documents);
    }
}
