using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace ProvenanceLedger.Sdk.Ethereum;

/// <summary>One Keccak state: plain 64-bit words.</summary>
internal readonly struct ScalarKeccakLanes : IKeccakLanes<ulong>
{
    public static int Count => 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Load(ReadOnlySpan<ulong> elements) => elements[0];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(ulong word, Span<ulong> elements) => elements[0] = word;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Broadcast(ulong value) => value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Xor(ulong a, ulong b) => a ^ b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Xor(ulong a, ulong b, ulong c) => a ^ b ^ c;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Chi(ulong a, ulong b, ulong c) => a ^ (~b & c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong RotateLeft(ulong word, [ConstantExpected(Min = 1, Max = 63)] byte count) => BitOperations.RotateLeft(word, count);
}
