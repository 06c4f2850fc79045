using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ProvenanceLedger.Sdk.Ethereum;

/// <summary>
/// Eight Keccak states, element k of every vector belonging to state k. With AVX-512F a rotation is one
/// vprolq (the JIT does not turn the shift pair into one); the JIT already fuses χ and the three-way XOR into
/// vpternlogq. Without AVX-512 the same code runs on .NET's software Vector512 (correct, slow).
/// </summary>
internal readonly struct Vector512KeccakLanes : IKeccakLanes<Vector512<ulong>>
{
    public static int Count => Vector512<ulong>.Count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<ulong> Load(ReadOnlySpan<ulong> elements) => Vector512.Create(elements);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector512<ulong> word, Span<ulong> elements) => word.CopyTo(elements);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<ulong> Broadcast(ulong value) => Vector512.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<ulong> Xor(Vector512<ulong> a, Vector512<ulong> b) => a ^ b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<ulong> Xor(Vector512<ulong> a, Vector512<ulong> b, Vector512<ulong> c) => a ^ b ^ c;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<ulong> Chi(Vector512<ulong> a, Vector512<ulong> b, Vector512<ulong> c) => a ^ Vector512.AndNot(c, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<ulong> RotateLeft(Vector512<ulong> word, [ConstantExpected(Min = 1, Max = 63)] byte count) =>
        Avx512F.IsSupported ? Avx512F.RotateLeft(word, count) : ShiftRotateLeft(word, count);

    /// <summary>The rotation without vprolq (internal so tests can check it on any machine).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector512<ulong> ShiftRotateLeft(Vector512<ulong> word, int count) =>
        Vector512.ShiftLeft(word, count) | Vector512.ShiftRightLogical(word, 64 - count);
}
