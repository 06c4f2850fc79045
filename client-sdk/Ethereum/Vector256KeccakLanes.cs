using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ProvenanceLedger.Sdk.Ethereum;

/// <summary>
/// Four Keccak states, element k of every vector belonging to state k. AVX-512VL rotates with one vprolq;
/// AVX2 alone shifts twice and ORs. Without either the same code runs on .NET's software Vector256.
/// </summary>
internal readonly struct Vector256KeccakLanes : IKeccakLanes<Vector256<ulong>>
{
    public static int Count => Vector256<ulong>.Count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ulong> Load(ReadOnlySpan<ulong> elements) => Vector256.Create(elements);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector256<ulong> word, Span<ulong> elements) => word.CopyTo(elements);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ulong> Broadcast(ulong value) => Vector256.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ulong> Xor(Vector256<ulong> a, Vector256<ulong> b) => a ^ b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ulong> Xor(Vector256<ulong> a, Vector256<ulong> b, Vector256<ulong> c) => a ^ b ^ c;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ulong> Chi(Vector256<ulong> a, Vector256<ulong> b, Vector256<ulong> c) => a ^ Vector256.AndNot(c, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ulong> RotateLeft(Vector256<ulong> word, [ConstantExpected(Min = 1, Max = 63)] byte count) =>
        Avx512F.VL.IsSupported ? Avx512F.VL.RotateLeft(word, count) : ShiftRotateLeft(word, count);

    /// <summary>The rotation without vprolq (internal so tests can check it on any machine).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<ulong> ShiftRotateLeft(Vector256<ulong> word, int count) =>
        Vector256.ShiftLeft(word, count) | Vector256.ShiftRightLogical(word, 64 - count);
}
