using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace ProvenanceLedger.Sdk.Ethereum.Signing.Secp256k1;

/// <summary>
/// Branch-free 64-bit limb primitives. Carries and borrows are taken from a comparison turned into a byte
/// (setb), never from a conditional jump, so the field and scalar code built on them does not branch on
/// secret values.
/// </summary>
internal static class Limbs
{
    /// <summary>0 or 1 from a comparison, without a branch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Bit(bool value) => Unsafe.As<bool, byte>(ref value);

    /// <summary>All ones when <paramref name="bit"/> is 1, zero when it is 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mask(ulong bit) => 0UL - bit;

    /// <summary>a + b + carryIn (carryIn ≤ 1); the carry out is 0 or 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong AddCarry(ulong a, ulong b, ulong carryIn, out ulong carryOut)
    {
        var sum = a + b;
        var result = sum + carryIn;
        carryOut = Bit(sum < a) | Bit(result < sum);
        return result;
    }

    /// <summary>a − b − borrowIn (borrowIn ≤ 1); the borrow out is 0 or 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong SubBorrow(ulong a, ulong b, ulong borrowIn, out ulong borrowOut)
    {
        var difference = a - b;
        var result = difference - borrowIn;
        borrowOut = Bit(a < b) | Bit(difference < borrowIn);
        return result;
    }

    /// <summary>The 128-bit product a·b as its two halves.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Multiply(ulong a, ulong b, out ulong low)
    {
        // Math.BigMul hands the low half back through memory (a store and a reload per limb product); mulx
        // for the high half and a plain multiplication for the low one keep both in registers.
        if (Bmi2.X64.IsSupported)
        {
            low = a * b;
            return Bmi2.X64.MultiplyNoFlags(a, b);
        }

        return Math.BigMul(a, b, out low);
    }

    /// <summary>a·b + c + d as a 128-bit value (it cannot overflow): returns the low half.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong MulAdd(ulong a, ulong b, ulong c, ulong d, out ulong high)
    {
        var hi = Multiply(a, b, out var lo);
        lo += c;
        hi += Bit(lo < c);
        lo += d;
        hi += Bit(lo < d);
        high = hi;
        return lo;
    }
}
