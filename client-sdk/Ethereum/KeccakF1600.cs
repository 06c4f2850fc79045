using System.Numerics;

namespace ProvenanceLedger.Sdk.Ethereum;

/// <summary>
/// The Keccak-f[1600] permutation (FIPS 202 §3.2), unrolled over 25 local lanes so the JIT keeps the state in
/// registers and the hot path allocates nothing. Lane (x, y) is state[x + 5y], little-endian.
/// </summary>
internal static class KeccakF1600
{
    /// <summary>Lanes in the state.</summary>
    public const int Lanes = 25;

    private static ReadOnlySpan<ulong> RoundConstants =>
    [
        0x0000000000000001UL, 0x0000000000008082UL, 0x800000000000808AUL, 0x8000000080008000UL,
        0x000000000000808BUL, 0x0000000080000001UL, 0x8000000080008081UL, 0x8000000000008009UL,
        0x000000000000008AUL, 0x0000000000000088UL, 0x0000000080008009UL, 0x000000008000000AUL,
        0x000000008000808BUL, 0x800000000000008BUL, 0x8000000000008089UL, 0x8000000000008003UL,
        0x8000000000008002UL, 0x8000000000000080UL, 0x000000000000800AUL, 0x800000008000000AUL,
        0x8000000080008081UL, 0x8000000000008080UL, 0x0000000080000001UL, 0x8000000080008008UL,
    ];

    /// <summary>Applies the 24 rounds to <paramref name="state"/> (25 lanes) in place.</summary>
    public static void Permute(Span<ulong> state)
    {
        if (state.Length < Lanes)
        {
            throw new ArgumentException($"Keccak state is {Lanes} lanes", nameof(state));
        }

        var a00 = state[0];
        var a10 = state[1];
        var a20 = state[2];
        var a30 = state[3];
        var a40 = state[4];
        var a01 = state[5];
        var a11 = state[6];
        var a21 = state[7];
        var a31 = state[8];
        var a41 = state[9];
        var a02 = state[10];
        var a12 = state[11];
        var a22 = state[12];
        var a32 = state[13];
        var a42 = state[14];
        var a03 = state[15];
        var a13 = state[16];
        var a23 = state[17];
        var a33 = state[18];
        var a43 = state[19];
        var a04 = state[20];
        var a14 = state[21];
        var a24 = state[22];
        var a34 = state[23];
        var a44 = state[24];

        for (var round = 0; round < 24; round++)
        {
            // θ: column parities.
            var c0 = a00 ^ a01 ^ a02 ^ a03 ^ a04;
            var c1 = a10 ^ a11 ^ a12 ^ a13 ^ a14;
            var c2 = a20 ^ a21 ^ a22 ^ a23 ^ a24;
            var c3 = a30 ^ a31 ^ a32 ^ a33 ^ a34;
            var c4 = a40 ^ a41 ^ a42 ^ a43 ^ a44;
            var d0 = c4 ^ BitOperations.RotateLeft(c1, 1);
            var d1 = c0 ^ BitOperations.RotateLeft(c2, 1);
            var d2 = c1 ^ BitOperations.RotateLeft(c3, 1);
            var d3 = c2 ^ BitOperations.RotateLeft(c4, 1);
            var d4 = c3 ^ BitOperations.RotateLeft(c0, 1);
            // θ applied, then ρ (rotate) and π (move lane (x, y) to (y, 2x + 3y)).
            var b00 = a00 ^ d0;
            var b13 = BitOperations.RotateLeft(a01 ^ d0, 36);
            var b21 = BitOperations.RotateLeft(a02 ^ d0, 3);
            var b34 = BitOperations.RotateLeft(a03 ^ d0, 41);
            var b42 = BitOperations.RotateLeft(a04 ^ d0, 18);
            var b02 = BitOperations.RotateLeft(a10 ^ d1, 1);
            var b10 = BitOperations.RotateLeft(a11 ^ d1, 44);
            var b23 = BitOperations.RotateLeft(a12 ^ d1, 10);
            var b31 = BitOperations.RotateLeft(a13 ^ d1, 45);
            var b44 = BitOperations.RotateLeft(a14 ^ d1, 2);
            var b04 = BitOperations.RotateLeft(a20 ^ d2, 62);
            var b12 = BitOperations.RotateLeft(a21 ^ d2, 6);
            var b20 = BitOperations.RotateLeft(a22 ^ d2, 43);
            var b33 = BitOperations.RotateLeft(a23 ^ d2, 15);
            var b41 = BitOperations.RotateLeft(a24 ^ d2, 61);
            var b01 = BitOperations.RotateLeft(a30 ^ d3, 28);
            var b14 = BitOperations.RotateLeft(a31 ^ d3, 55);
            var b22 = BitOperations.RotateLeft(a32 ^ d3, 25);
            var b30 = BitOperations.RotateLeft(a33 ^ d3, 21);
            var b43 = BitOperations.RotateLeft(a34 ^ d3, 56);
            var b03 = BitOperations.RotateLeft(a40 ^ d4, 27);
            var b11 = BitOperations.RotateLeft(a41 ^ d4, 20);
            var b24 = BitOperations.RotateLeft(a42 ^ d4, 39);
            var b32 = BitOperations.RotateLeft(a43 ^ d4, 8);
            var b40 = BitOperations.RotateLeft(a44 ^ d4, 14);
            // χ: the only non-linear step, row by row.
            a00 = b00 ^ (~b10 & b20);
            a10 = b10 ^ (~b20 & b30);
            a20 = b20 ^ (~b30 & b40);
            a30 = b30 ^ (~b40 & b00);
            a40 = b40 ^ (~b00 & b10);
            a01 = b01 ^ (~b11 & b21);
            a11 = b11 ^ (~b21 & b31);
            a21 = b21 ^ (~b31 & b41);
            a31 = b31 ^ (~b41 & b01);
            a41 = b41 ^ (~b01 & b11);
            a02 = b02 ^ (~b12 & b22);
            a12 = b12 ^ (~b22 & b32);
            a22 = b22 ^ (~b32 & b42);
            a32 = b32 ^ (~b42 & b02);
            a42 = b42 ^ (~b02 & b12);
            a03 = b03 ^ (~b13 & b23);
            a13 = b13 ^ (~b23 & b33);
            a23 = b23 ^ (~b33 & b43);
            a33 = b33 ^ (~b43 & b03);
            a43 = b43 ^ (~b03 & b13);
            a04 = b04 ^ (~b14 & b24);
            a14 = b14 ^ (~b24 & b34);
            a24 = b24 ^ (~b34 & b44);
            a34 = b34 ^ (~b44 & b04);
            a44 = b44 ^ (~b04 & b14);
            // ι: break symmetry with the round constant.
            a00 ^= RoundConstants[round];
        }

        state[0] = a00;
        state[1] = a10;
        state[2] = a20;
        state[3] = a30;
        state[4] = a40;
        state[5] = a01;
        state[6] = a11;
        state[7] = a21;
        state[8] = a31;
        state[9] = a41;
        state[10] = a02;
        state[11] = a12;
        state[12] = a22;
        state[13] = a32;
        state[14] = a42;
        state[15] = a03;
        state[16] = a13;
        state[17] = a23;
        state[18] = a33;
        state[19] = a43;
        state[20] = a04;
        state[21] = a14;
        state[22] = a24;
        state[23] = a34;
        state[24] = a44;
    }
}
