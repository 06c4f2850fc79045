using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Registry;
using ProvenanceLedger.Sdk.Verification;

namespace ProvenanceLedger.Sdk.Tests.Verification;

/// <summary>
/// A ledger held in memory for engine tests: every record carries the block it happened in, and each
/// question only sees records at or before the block asked about. Block n is mined at Genesis + n minutes.
/// </summary>
internal sealed class InMemoryLedger : ILedgerView
{
    public static readonly DateTimeOffset Genesis = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);

    private readonly List<LedgerBatch> _batches = [];
    private readonly List<LedgerRevocation> _revocations = [];
    private readonly List<LedgerSupersession> _supersessions = [];
    private readonly List<(Hash32 Hash, LedgerDecision Decision)> _decisions = [];
    private readonly List<(Address Issuer, Hash32 DocType, ulong Block, AccreditationPeriod Period)> _grants = [];

    public InMemoryLedger(Address registry, ulong latestBlock = 1_000)
    {
        Identity = new LedgerIdentity(31337, registry);
        LatestBlock = latestBlock;
    }

    public LedgerIdentity Identity { get; }

    public ulong LatestBlock { get; set; }

    /// <summary>When set, every question fails as an unreachable chain would.</summary>
    public string? UnreachableBecause { get; set; }

    public static DateTimeOffset TimeOf(ulong block) => Genesis.AddMinutes(block);

    public void Anchor(LedgerBatch batch) => _batches.Add(batch);

    public void Revoke(Hash32 hashOrRoot, RevocationReason reason, Address by, ulong block) =>
        _revocations.Add(new LedgerRevocation(hashOrRoot, reason, by, block, TimeOf(block)));

    public void Supersede(Hash32 oldHash, Hash32 newHash, ulong block) =>
        _supersessions.Add(new LedgerSupersession(oldHash, newHash, block, TimeOf(block)));

    public void Decide(Hash32 hash, CustomsDecision decision, Address authority, string country, string reference, ulong block) =>
        _decisions.Add((hash, new LedgerDecision(decision, authority, country, reference, block, TimeOf(block))));

    public void Accredit(Address issuer, Hash32 docType, ulong block, DateTimeOffset from, DateTimeOffset until) =>
        _grants.Add((issuer, docType, block, new AccreditationPeriod(from, until)));

    public Task<LedgerIdentity> GetIdentityAsync(CancellationToken cancellationToken) => Answer(() => Identity);

    public Task<LedgerPoint> ResolveAsync(AsOf asOf, CancellationToken cancellationToken) => Answer(() =>
    {
        var block = asOf.Block ?? (asOf.Time is { } time ? (ulong)Math.Min(LatestBlock, Math.Floor((time - Genesis).TotalMinutes)) : LatestBlock);
        return new LedgerPoint(block, TimeOf(block));
    });

    public Task<LedgerBatch?> GetBatchAsync(Hash32 root, LedgerPoint at, CancellationToken cancellationToken) =>
        Answer(() => _batches.FirstOrDefault(b => b.Root == root && b.AnchoredBlock <= at.BlockNumber));

    public Task<LedgerRevocation?> GetRevocationAsync(Hash32 hashOrRoot, LedgerPoint at, CancellationToken cancellationToken) =>
        Answer(() => _revocations.FirstOrDefault(r => r.Hash == hashOrRoot && r.BlockNumber <= at.BlockNumber));

    public Task<LedgerSupersession?> GetSupersessionAsync(Hash32 documentHash, LedgerPoint at, CancellationToken cancellationToken) =>
        Answer(() => _supersessions.FirstOrDefault(s => s.OldHash == documentHash && s.BlockNumber <= at.BlockNumber));

    public Task<IReadOnlyList<LedgerDecision>> GetDecisionsAsync(Hash32 documentHash, LedgerPoint at, CancellationToken cancellationToken) =>
        Answer(() => (IReadOnlyList<LedgerDecision>)[.. _decisions.Where(d => d.Hash == documentHash && d.Decision.BlockNumber <= at.BlockNumber).Select(d => d.Decision)]);

    public Task<LedgerAccreditation> GetAccreditationAsync(Address issuer, Hash32 docType, LedgerPoint at, CancellationToken cancellationToken) => Answer(() =>
    {
        var periods = _grants.Where(g => g.Issuer == issuer && g.DocType == docType && g.Block <= at.BlockNumber).Select(g => g.Period).ToList();
        return periods.Count == 0
            ? new LedgerAccreditation(AccreditationStatus.None, null, null, [])
            : new LedgerAccreditation(AccreditationStatus.Active, "Test Chamber", "https://chamber.example", periods);
    });

    private Task<T> Answer<T>(Func<T> answer) =>
        UnreachableBecause is { } problem ? throw new LedgerUnavailableException(problem) : Task.FromResult(answer());
}
