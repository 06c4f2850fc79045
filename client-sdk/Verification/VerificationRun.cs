using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Sdk.Registry;

namespace ProvenanceLedger.Sdk.Verification;

/// <summary>One verification (a bundle and its parents) against one resolved ledger point.</summary>
internal sealed class VerificationRun
{
    private readonly ILedgerView _ledger;
    private readonly OfflineBundleVerifier _offline;
    private readonly VerificationOptions _options;
    private readonly Dictionary<Hash32, ProofBundle> _parents = [];
    private readonly HashSet<Hash32> _visiting = [];
    private LedgerPoint? _point;
    private LedgerIdentity? _identity;
    private string? _ledgerProblem;

    private VerificationRun(ILedgerView ledger, OfflineBundleVerifier offline, VerificationOptions options)
    {
        _ledger = ledger;
        _offline = offline;
        _options = options;
        foreach (var parent in options.ParentBundles)
        {
            _parents.TryAdd(parent.DocumentHash, parent);
        }
    }

    public static async Task<VerificationRun> StartAsync(ILedgerView ledger, OfflineBundleVerifier offline, VerificationOptions options, CancellationToken cancellationToken)
    {
        var run = new VerificationRun(ledger, offline, options);
        try
        {
            run._identity = await ledger.GetIdentityAsync(cancellationToken);
            run._point = await ledger.ResolveAsync(options.AsOf, cancellationToken);
        }
        catch (LedgerUnavailableException e)
        {
            run._ledgerProblem = e.Message;
        }

        return run;
    }

    public async Task<VerificationReport> VerifyAsync(ProofBundle bundle, int depth, CancellationToken cancellationToken)
    {
        var view = bundle.DocumentView;
        var envelope = EnvelopeView.Of(view);
        var offline = _offline.Verify(bundle, view, envelope, listFields: true);
        // The ledger is asked about the hash the bundle claims; integrity already says whether the document matches it.
        var hash = bundle.DocumentHash;
        var findings = new LedgerFindings(bundle, hash, envelope, offline.IssuerSigner) { LedgerProblem = LedgerProblemFor(bundle) };
        findings.Warnings.AddRange(offline.Warnings);
        _visiting.Add(hash);
        var checks = new List<CheckResult> { offline.Integrity, offline.Proof };
        checks.Add(await CheckAnchorAsync(findings, cancellationToken));
        checks.Add(offline.Signature);
        checks.Add(await CheckAccreditationAsync(findings, cancellationToken));
        checks.Add(await CheckRevocationAsync(findings, cancellationToken));
        checks.Add(await CheckSupersessionAsync(findings, cancellationToken));
        var (parentsCheck, parentReports, graph) = await CheckParentsAsync(findings, depth, cancellationToken);
        checks.Add(parentsCheck);
        checks.Add(await CheckDecisionsAsync(findings, cancellationToken));
        if (offline.Declarant is { } declarant)
        {
            checks.Add(declarant);
        }

        _visiting.Remove(hash);
        var verdict = VerdictOf(checks);
        return new VerificationReport
        {
            Verdict = verdict,
            Summary = Summarise(verdict, checks, envelope, findings),
            AsOf = new ReportAsOf(_point?.BlockNumber, _point?.BlockTime, _options.AsOf.ToString()),
            Document = new ReportDocument(envelope.Type, envelope.Id, envelope.IssuerAddress is null && envelope.IssuerName is null ? null : new ReportIssuer(envelope.IssuerAddress, envelope.IssuerName),
                envelope.IssuedAt, offline.ComputedHash ?? hash, offline.Fields!),
            Checks = checks,
            Anchor = findings.Batch is { } batch && _identity is { } identity
                ? new ReportAnchor(identity.ChainId, identity.Registry, batch.TransactionHash, batch.AnchoredBlock, batch.AnchoredAt, batch.Issuer)
                : null,
            Signatures = offline.Signatures,
            Accreditation = findings.Accreditation,
            Revocation = findings.Revocation,
            Supersession = findings.Supersession,
            Decisions = findings.Decisions,
            Warnings = findings.Warnings,
            Graph = graph with { Nodes = [new GraphNode(hash, envelope.Type, envelope.Id, verdict), .. graph.Nodes.Where(n => n.Hash != hash)] },
            Parents = parentReports,
        };
    }

    private async Task<CheckResult> CheckAnchorAsync(LedgerFindings f, CancellationToken cancellationToken)
    {
        if (Unreachable(CheckNames.Anchor, f) is { } unreachable)
        {
            return unreachable;
        }

        try
        {
            f.Batch = await _ledger.GetBatchAsync(f.Bundle.Batch.Root, _point!, cancellationToken);
        }
        catch (LedgerUnavailableException e)
        {
            f.BatchProblem = e.Message;
            return CheckResult.Unavailable(CheckNames.Anchor, $"Could not ask the ledger: {e.Message}.");
        }

        if (f.Batch is not { } batch)
        {
            return CheckResult.Fail(CheckNames.Anchor, $"Batch root {f.Bundle.Batch.Root} is not anchored on registry {_identity!.Registry} (chain {_identity.ChainId}) as of block {_point!.BlockNumber}.");
        }

        if (f.Envelope.Issuer is { } named && named != batch.Issuer)
        {
            return CheckResult.Fail(CheckNames.Anchor, $"The batch was anchored by {batch.Issuer}, but the document names issuer {named}.");
        }

        if (f.Signer is { } signer && signer != batch.Issuer)
        {
            return CheckResult.Fail(CheckNames.Anchor, $"The batch was anchored by {batch.Issuer}, but signed by {signer}.");
        }

        if (f.Envelope.DocumentType is { } type && type.Id != batch.DocType)
        {
            return CheckResult.Fail(CheckNames.Anchor, $"The batch was anchored for another document type ({batch.DocType}), not {type}.");
        }

        if (batch.Count != f.Bundle.Batch.Size)
        {
            return CheckResult.Fail(CheckNames.Anchor, $"The batch was anchored with {batch.Count} documents, but the bundle says {f.Bundle.Batch.Size}.");
        }

        if (batch.AnchoredBlock != f.Bundle.Anchor.BlockNumber)
        {
            f.Warnings.Add($"The bundle says the batch was anchored in block {f.Bundle.Anchor.BlockNumber}; the ledger says block {batch.AnchoredBlock} (shown here).");
        }

        return CheckResult.Pass(CheckNames.Anchor, $"Anchored by {batch.Issuer} in block {batch.AnchoredBlock} at {Format(batch.AnchoredAt)} on chain {_identity!.ChainId}.");
    }

    private async Task<CheckResult> CheckAccreditationAsync(LedgerFindings f, CancellationToken cancellationToken)
    {
        if (f.Batch is not { } batch)
        {
            return CheckResult.Unavailable(CheckNames.Accreditation, NotCheckedWithoutBatch(f));
        }

        LedgerAccreditation history;
        try
        {
            history = await _ledger.GetAccreditationAsync(batch.Issuer, batch.DocType, _point!, cancellationToken);
        }
        catch (LedgerUnavailableException e)
        {
            return CheckResult.Unavailable(CheckNames.Accreditation, $"Could not ask the ledger: {e.Message}.");
        }

        var typeName = f.Envelope.Type ?? batch.DocType.ToString();
        var period = history.PeriodAt(batch.AnchoredAt);
        var shown = period ?? history.Periods.LastOrDefault();
        f.Accreditation = new ReportAccreditation(history.Name ?? "", history.Uri ?? "", shown?.ValidFrom, shown?.ValidUntil, history.Status);
        if (period is null)
        {
            return CheckResult.Fail(CheckNames.Accreditation, history.Periods.Count == 0
                ? $"{batch.Issuer} has never been accredited for {typeName}."
                : $"{batch.Issuer} was not accredited for {typeName} at {Format(batch.AnchoredAt)}, when the batch was anchored.");
        }

        if (history.Status != AccreditationStatus.Active || _point!.BlockTime >= period.ValidUntil)
        {
            f.Warnings.Add($"The issuer's accreditation for {typeName} is no longer active ({history.Status}); documents anchored while it was remain valid.");
        }

        return CheckResult.Pass(CheckNames.Accreditation,
            $"{history.Name ?? batch.Issuer.ToString()} was accredited for {typeName} from {Format(period.ValidFrom)} until {Format(period.ValidUntil)}, covering the anchoring time {Format(batch.AnchoredAt)}.");
    }

    private async Task<CheckResult> CheckRevocationAsync(LedgerFindings f, CancellationToken cancellationToken)
    {
        if (Unreachable(CheckNames.Revocation, f) is { } unreachable)
        {
            return unreachable;
        }

        try
        {
            var document = await _ledger.GetRevocationAsync(f.Hash, _point!, cancellationToken);
            var batch = document is null ? await _ledger.GetRevocationAsync(f.Bundle.Batch.Root, _point!, cancellationToken) : null;
            if ((document ?? batch) is not { } revocation)
            {
                return CheckResult.Pass(CheckNames.Revocation, $"Neither the document nor its batch is revoked as of block {_point!.BlockNumber}.");
            }

            var scope = document is null ? RevocationScope.Batch : RevocationScope.Document;
            f.Revocation = new ReportRevocation(scope, revocation.Reason, revocation.RevokedBy, revocation.BlockNumber, revocation.Time);
            return CheckResult.Fail(CheckNames.Revocation,
                $"The {(scope == RevocationScope.Document ? "document" : "whole batch")} was revoked by {revocation.RevokedBy} at {Format(revocation.Time)} (block {revocation.BlockNumber}): {Describe(revocation.Reason)}.");
        }
        catch (LedgerUnavailableException e)
        {
            return CheckResult.Unavailable(CheckNames.Revocation, $"Could not ask the ledger: {e.Message}.");
        }
    }

    private async Task<CheckResult> CheckSupersessionAsync(LedgerFindings f, CancellationToken cancellationToken)
    {
        if (Unreachable(CheckNames.Supersession, f) is { } unreachable)
        {
            return unreachable;
        }

        try
        {
            if (await _ledger.GetSupersessionAsync(f.Hash, _point!, cancellationToken) is not { } superseded)
            {
                return CheckResult.Pass(CheckNames.Supersession, $"The document is not superseded as of block {_point!.BlockNumber}.");
            }

            f.Supersession = new ReportSupersession(superseded.NewHash, superseded.BlockNumber, superseded.Time);
            return CheckResult.Fail(CheckNames.Supersession,
                $"The document was superseded by {superseded.NewHash} at {Format(superseded.Time)} (block {superseded.BlockNumber}); ask for and verify the newer document.");
        }
        catch (LedgerUnavailableException e)
        {
            return CheckResult.Unavailable(CheckNames.Supersession, $"Could not ask the ledger: {e.Message}.");
        }
    }

    private async Task<CheckResult> CheckDecisionsAsync(LedgerFindings f, CancellationToken cancellationToken)
    {
        if (Unreachable(CheckNames.Decisions, f) is { } unreachable)
        {
            return unreachable;
        }

        IReadOnlyList<LedgerDecision> decisions;
        try
        {
            decisions = await _ledger.GetDecisionsAsync(f.Hash, _point!, cancellationToken);
        }
        catch (LedgerUnavailableException e)
        {
            return CheckResult.Unavailable(CheckNames.Decisions, $"Could not ask the ledger: {e.Message}.");
        }

        f.Decisions.AddRange(decisions.Select(d => new ReportDecision(d.Decision, d.Authority, d.Country, d.Reference, d.BlockNumber, d.Time)));
        if (f.Envelope.DocumentType == DocumentType.CertificateOfOrigin && decisions.FirstOrDefault(d => d.Decision == CustomsDecision.Released) is { } released)
        {
            f.Warnings.Add(
                $"Already released by the customs authority of {released.Country} at {Format(released.Time)} (declaration {released.Reference}): this certificate of origin is being presented for a second clearance.");
        }

        return decisions.Count == 0
            ? CheckResult.Pass(CheckNames.Decisions, "No customs decision is recorded on the document.")
            : CheckResult.Pass(CheckNames.Decisions,
                $"{decisions.Count} customs decision(s) recorded; the latest: {Describe(decisions[^1].Decision)} by the customs authority of {decisions[^1].Country} at {Format(decisions[^1].Time)}.");
    }

    private async Task<(CheckResult Check, IReadOnlyList<VerificationReport> Reports, ProvenanceGraph Graph)> CheckParentsAsync(
        LedgerFindings f, int depth, CancellationToken cancellationToken)
    {
        var nodes = new List<GraphNode>();
        var edges = new List<GraphEdge>();
        var reports = new List<VerificationReport>();
        if (f.Envelope.Parents is not { } links)
        {
            f.Warnings.Add("The parents are redacted or unreadable, so the provenance graph could not be followed.");
            return (CheckResult.Pass(CheckNames.Parents, "The parents are not disclosed; none were verified."), reports, new ProvenanceGraph(nodes, edges));
        }

        if (links.Count == 0)
        {
            return (CheckResult.Pass(CheckNames.Parents, "The document has no parents."), reports, new ProvenanceGraph(nodes, edges));
        }

        var failed = new List<string>();
        var unavailable = new List<string>();
        var missing = 0;
        foreach (var link in links)
        {
            edges.Add(new GraphEdge(f.Hash, link.Hash, link.RelationName));
            if (!_parents.TryGetValue(link.Hash, out var parentBundle) || depth + 1 > _options.MaxParentDepth || _visiting.Contains(link.Hash))
            {
                missing++;
                nodes.Add(new GraphNode(link.Hash, null, null, null));
                f.Warnings.Add(depth + 1 > _options.MaxParentDepth
                    ? $"Parent {link.Hash} ({link.RelationName}) is deeper than {_options.MaxParentDepth} generations and was not verified."
                    : $"Parent {link.Hash} ({link.RelationName}) was not provided, so it was not verified.");
                continue;
            }

            var report = await VerifyAsync(parentBundle, depth + 1, cancellationToken);
            reports.Add(report);
            nodes.AddRange(report.Graph.Nodes.Where(n => nodes.All(known => known.Hash != n.Hash)));
            edges.AddRange(report.Graph.Edges);
            var verdict = ParentVerdict(report, link, f.Hash);
            var label = $"{report.Document.Type ?? "document"} {report.Document.Id ?? link.Hash.ToString()}";
            if (verdict == Verdict.Invalid)
            {
                failed.Add($"{label} is INVALID ({report.Checks.First(c => c.Status == CheckStatus.Fail && !IsExpectedSupersession(report, link, f.Hash, c)).Reason})");
            }
            else if (verdict == Verdict.Indeterminate)
            {
                unavailable.Add($"{label} could not be fully verified");
            }
        }

        var verified = links.Count - missing;
        var check = failed.Count > 0 ? CheckResult.Fail(CheckNames.Parents, $"Parent {string.Join("; ", failed)}.")
            : unavailable.Count > 0 ? CheckResult.Unavailable(CheckNames.Parents, $"Parent {string.Join("; ", unavailable)}.")
            : CheckResult.Pass(CheckNames.Parents, missing == 0
                ? $"All {verified} parent(s) verified VALID."
                : $"{verified} of {links.Count} parent(s) verified VALID; {missing} not provided (reported, not fatal).");
        return (check, reports, new ProvenanceGraph(nodes, edges));
    }

    // A parent that this document supersedes is expected to be superseded by it: that alone does not spoil the child.
    private static Verdict ParentVerdict(VerificationReport parent, ParentLink link, Hash32 child) =>
        VerdictOf(parent.Checks.Where(c => !IsExpectedSupersession(parent, link, child, c)));

    private static bool IsExpectedSupersession(VerificationReport parent, ParentLink link, Hash32 child, CheckResult check) =>
        check.Name == CheckNames.Supersession && link.Relation == ParentRelation.Supersedes && parent.Supersession?.SupersededBy == child;

    private static CheckResult? Unreachable(string check, LedgerFindings f) =>
        f.LedgerProblem is null ? null : CheckResult.Unavailable(check, f.LedgerProblem);

    // Why this ledger cannot speak for the bundle: it is unreachable, or follows another chain or registry.
    private string? LedgerProblemFor(ProofBundle bundle) =>
        _ledgerProblem is not null ? $"Could not ask the ledger: {_ledgerProblem}."
        : bundle.Anchor.ChainId != _identity!.ChainId || bundle.Anchor.Registry != _identity.Registry
            ? $"The bundle is anchored on chain {bundle.Anchor.ChainId}, registry {bundle.Anchor.Registry}; this verifier reads chain {_identity.ChainId}, registry {_identity.Registry}."
        : null;

    private static string NotCheckedWithoutBatch(LedgerFindings f) =>
        f.LedgerProblem ?? (f.BatchProblem is not null ? $"Could not ask the ledger: {f.BatchProblem}."
        : "Not checked: the batch is not anchored on this registry.");

    private static Verdict VerdictOf(IEnumerable<CheckResult> checks)
    {
        var statuses = checks.Select(c => c.Status).ToList();
        return statuses.Contains(CheckStatus.Fail) ? Verdict.Invalid
            : statuses.Contains(CheckStatus.Unavailable) ? Verdict.Indeterminate
            : Verdict.Valid;
    }

    private static string Summarise(Verdict verdict, IReadOnlyList<CheckResult> checks, EnvelopeView envelope, LedgerFindings f)
    {
        var what = $"{envelope.Type ?? "document"} {envelope.Id ?? f.Hash.ToString()}";
        return verdict switch
        {
            Verdict.Valid => $"VALID: {what} issued by {envelope.IssuerName ?? f.Batch?.Issuer.ToString()} is authentic, anchored in block {f.Batch?.AnchoredBlock}, and neither revoked nor superseded.",
            Verdict.Invalid => $"INVALID: {what} — {checks.First(c => c.Status == CheckStatus.Fail).Reason}",
            _ => $"INDETERMINATE: {what} could not be fully verified — {checks.First(c => c.Status == CheckStatus.Unavailable).Reason}",
        };
    }

    private static string Describe(RevocationReason reason) => reason switch
    {
        RevocationReason.IssuedInError => "issued in error",
        RevocationReason.Fraud => "fraud",
        RevocationReason.ReplacedByCorrectedDocument => "replaced by a corrected document",
        RevocationReason.Withdrawn => "withdrawn at the issuer's or holder's request",
        RevocationReason.KeyCompromise => "the issuer's key was compromised",
        RevocationReason.GovernanceOrder => "ordered by governance",
        _ => $"reason code {(ushort)reason}",
    };

    private static string Describe(CustomsDecision decision) => decision switch
    {
        CustomsDecision.Released => "released",
        CustomsDecision.Held => "held",
        CustomsDecision.InspectionRequired => "inspection required",
        CustomsDecision.Rejected => "rejected",
        _ => $"decision code {(byte)decision}",
    };

    private static string Format(DateTimeOffset time) =>
        time == DateTimeOffset.MaxValue ? "no end" : time.UtcDateTime.ToString("yyyy'-'MM'-'dd' 'HH':'mm':'ss' UTC'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>What the ledger said about one bundle, gathered while its checks run.</summary>
    private sealed class LedgerFindings(ProofBundle bundle, Hash32 hash, EnvelopeView envelope, Address? signer)
    {
        public ProofBundle Bundle { get; } = bundle;

        public Hash32 Hash { get; } = hash;

        public EnvelopeView Envelope { get; } = envelope;

        public Address? Signer { get; } = signer;

        public string? LedgerProblem { get; init; }

        public LedgerBatch? Batch { get; set; }

        public string? BatchProblem { get; set; }

        public ReportAccreditation? Accreditation { get; set; }

        public ReportRevocation? Revocation { get; set; }

        public ReportSupersession? Supersession { get; set; }

        public List<ReportDecision> Decisions { get; } = [];

        public List<string> Warnings { get; } = [];
    }
}
