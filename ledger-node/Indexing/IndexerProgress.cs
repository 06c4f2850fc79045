using ProvenanceLedger.Node.Ledger;

namespace ProvenanceLedger.Node.Indexing;

/// <summary>
/// What the indexer knows about the chain right now (head, state, last problem), shared with the read side
/// and health checks. Written by the indexer loop only; read from any thread.
/// </summary>
internal sealed class IndexerProgress
{
    private readonly Lock _gate = new();
    private IndexState _state = IndexState.Starting;
    private ulong? _head;
    private string? _problem;
    private long _reorgs;
    private DateTimeOffset? _lastContact;

    public IndexerProgress(ulong confirmations) => Confirmations = confirmations;

    public ulong Confirmations { get; }

    public IndexState State
    {
        get
        {
            lock (_gate)
            {
                return _state;
            }
        }
    }

    public (IndexState State, ulong? Head, string? Problem, long Reorgs, DateTimeOffset? LastContact) Snapshot()
    {
        lock (_gate)
        {
            return (_state, _head, _problem, _reorgs, _lastContact);
        }
    }

    public void ChainAnswered(ulong head, DateTimeOffset now)
    {
        lock (_gate)
        {
            _head = head;
            _lastContact = now;
            if (_state is IndexState.Degraded or IndexState.Starting)
            {
                _state = IndexState.Syncing;
                _problem = null;
            }
        }
    }

    public void CaughtUp(bool withinLag)
    {
        lock (_gate)
        {
            if (_state != IndexState.ChainMismatch)
            {
                _state = withinLag ? IndexState.Ready : IndexState.Syncing;
                _problem = null;
            }
        }
    }

    public void Unreachable(string problem)
    {
        lock (_gate)
        {
            if (_state != IndexState.ChainMismatch)
            {
                _state = IndexState.Degraded;
                _problem = problem;
            }
        }
    }

    public void Mismatch(string problem)
    {
        lock (_gate)
        {
            _state = IndexState.ChainMismatch;
            _problem = problem;
        }
    }

    public void Matched()
    {
        lock (_gate)
        {
            if (_state == IndexState.ChainMismatch)
            {
                _state = IndexState.Syncing;
                _problem = null;
            }
        }
    }

    public void Reorged()
    {
        lock (_gate)
        {
            _reorgs++;
        }
    }
}
