using System.Diagnostics.CodeAnalysis;

namespace ProvenanceLedger.Sdk.Ethereum;

/// <summary>
/// The word operations Keccak-f[1600] needs, on one 64-bit word (<see cref="ScalarKeccakLanes"/>) or on a
/// vector holding the same word of several independent states, one state per element (lane-sliced). The
/// permutation is written once over this interface (<see cref="KeccakF1600"/>); each implementation is a
/// struct, so the JIT compiles a separate, fully inlined permutation for each.
/// </summary>
/// <typeparam name="TWord">The word type: <see cref="ulong"/> or a vector of them.</typeparam>
internal interface IKeccakLanes<TWord>
    where TWord : unmanaged
{
    /// <summary>How many states one word holds.</summary>
    static abstract int Count { get; }

    /// <summary>A word whose element k is <paramref name="elements"/>[k] (<see cref="Count"/> of them).</summary>
    static abstract TWord Load(ReadOnlySpan<ulong> elements);

    /// <summary>Writes element k of <paramref name="word"/> to <paramref name="elements"/>[k].</summary>
    static abstract void Store(TWord word, Span<ulong> elements);

    /// <summary>The same value in every element.</summary>
    static abstract TWord Broadcast(ulong value);

    /// <summary>a ^ b.</summary>
    static abstract TWord Xor(TWord a, TWord b);

    /// <summary>a ^ b ^ c (θ's column parities; one vpternlogq where available).</summary>
    static abstract TWord Xor(TWord a, TWord b, TWord c);

    /// <summary>a ^ (~b &amp; c), the χ step.</summary>
    static abstract TWord Chi(TWord a, TWord b, TWord c);

    /// <summary>Each element rotated left by <paramref name="count"/> bits (1–63).</summary>
    static abstract TWord RotateLeft(TWord word, [ConstantExpected(Min = 1, Max = 63)] byte count);
}
