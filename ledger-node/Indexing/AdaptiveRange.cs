namespace ProvenanceLedger.Node.Indexing;

/// <summary>
/// The eth_getLogs block range: doubles while ranges come back sparse, halves when they come back dense or
/// the node refuses one (too many results, a timeout), never below one block or above the maximum.
/// </summary>
internal sealed class AdaptiveRange
{
    private readonly ulong _max;
    private readonly int _targetLogs;

    public AdaptiveRange(int initial, int max, int targetLogs)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(initial, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, initial);
        ArgumentOutOfRangeException.ThrowIfLessThan(targetLogs, 1);
        Size = (ulong)initial;
        _max = (ulong)max;
        _targetLogs = targetLogs;
    }

    private AdaptiveRange(AdaptiveRange from)
    {
        Size = from.Size;
        _max = from._max;
        _targetLogs = from._targetLogs;
    }

    /// <summary>Blocks in the next range.</summary>
    public ulong Size { get; private set; }

    /// <summary>Adjusts after a range of <paramref name="blocks"/> blocks returned <paramref name="logs"/> logs.</summary>
    public void Completed(ulong blocks, int logs)
    {
        if (logs > _targetLogs * 2)
        {
            Size = Math.Max(1, Size / 2);
        }
        else if (logs < _targetLogs / 2 && blocks >= Size)
        {
            // Only a full-size range says anything about density; a short range at the head does not.
            Size = Math.Min(_max, Size * 2);
        }
    }

    /// <summary>
    /// A copy for a read whose result may never be used (a prefetch): it adapts the copy, and only
    /// <see cref="Adopt"/> lets what it learned reach this range.
    /// </summary>
    public AdaptiveRange Fork() => new(this);

    /// <summary>Takes the size a forked read arrived at, once its result is used.</summary>
    public void Adopt(AdaptiveRange fork)
    {
        ArgumentNullException.ThrowIfNull(fork);
        Size = fork.Size;
    }

    /// <summary>Halves after the node refused a range; false when already one block (nothing left to shrink).</summary>
    public bool Refused()
    {
        if (Size == 1)
        {
            return false;
        }

        Size /= 2;
        return true;
    }
}
