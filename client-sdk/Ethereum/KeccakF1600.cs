
namespace ProvenanceLedger.Sdk.Ethereum;

/// <summary>
/// The Keccak-f[1600] permutation (FIPS 202 §3.2), unrolled over local lanes so the hot path allocates
/// nothing. Written once over <see cref="IKeccakLanes{TWord}"/>: one state of 64-bit words, or several states
/// permuted at once, one per vector element. Two rounds per loop pass ping-pong between the a and e lanes, so
/// ρ, π and χ are done one output row at a time and only five intermediate lanes are live. Lane (x, y) is
/// state[x + 5y], little-endian.
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
    public static void Permute(Span<ulong> state) => Permute<ulong, ScalarKeccakLanes>(state);

    /// <summary>
    /// Applies the 24 rounds to every state held in <paramref name="state"/> (25 words, lane (x, y) at x + 5y;
    /// each word holds that lane of <typeparamref name="TLanes"/>.Count states) in place.
    /// </summary>
    public static void Permute<TWord, TLanes>(Span<TWord> state)
        where TWord : unmanaged
        where TLanes : IKeccakLanes<TWord>
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
        TWord e00;
        TWord e10;
        TWord e20;
        TWord e30;
        TWord e40;
        TWord e01;
        TWord e11;
        TWord e21;
        TWord e31;
        TWord e41;
        TWord e02;
        TWord e12;
        TWord e22;
        TWord e32;
        TWord e42;
        TWord e03;
        TWord e13;
        TWord e23;
        TWord e33;
        TWord e43;
        TWord e04;
        TWord e14;
        TWord e24;
        TWord e34;
        TWord e44;
        TWord c0, c1, c2, c3, c4, d0, d1, d2, d3, d4, b0, b1, b2, b3, b4;

        for (var round = 0; round < 24; round += 2)
        {
            // Round round: θ column parities of a.
            c0 = TLanes.Xor(TLanes.Xor(a00, a01, a02), a03, a04);
            c1 = TLanes.Xor(TLanes.Xor(a10, a11, a12), a13, a14);
            c2 = TLanes.Xor(TLanes.Xor(a20, a21, a22), a23, a24);
            c3 = TLanes.Xor(TLanes.Xor(a30, a31, a32), a33, a34);
            c4 = TLanes.Xor(TLanes.Xor(a40, a41, a42), a43, a44);
            d0 = TLanes.Xor(c4, TLanes.RotateLeft(c1, 1));
            d1 = TLanes.Xor(c0, TLanes.RotateLeft(c2, 1));
            d2 = TLanes.Xor(c1, TLanes.RotateLeft(c3, 1));
            d3 = TLanes.Xor(c2, TLanes.RotateLeft(c4, 1));
            d4 = TLanes.Xor(c3, TLanes.RotateLeft(c0, 1));
            // ρ and π gather one output row at a time (lane (x, y) moves to (y, 2x + 3y)); χ and ι write it to e.
            b0 = TLanes.Xor(a00, d0);
            b1 = TLanes.RotateLeft(TLanes.Xor(a11, d1), 44);
            b2 = TLanes.RotateLeft(TLanes.Xor(a22, d2), 43);
            b3 = TLanes.RotateLeft(TLanes.Xor(a33, d3), 21);
            b4 = TLanes.RotateLeft(TLanes.Xor(a44, d4), 14);
            e00 = TLanes.Xor(TLanes.Chi(b0, b1, b2), TLanes.Broadcast(RoundConstants[round]));
            e10 = TLanes.Chi(b1, b2, b3);
            e20 = TLanes.Chi(b2, b3, b4);
            e30 = TLanes.Chi(b3, b4, b0);
            e40 = TLanes.Chi(b4, b0, b1);
            b0 = TLanes.RotateLeft(TLanes.Xor(a30, d3), 28);
            b1 = TLanes.RotateLeft(TLanes.Xor(a41, d4), 20);
            b2 = TLanes.RotateLeft(TLanes.Xor(a02, d0), 3);
            b3 = TLanes.RotateLeft(TLanes.Xor(a13, d1), 45);
            b4 = TLanes.RotateLeft(TLanes.Xor(a24, d2), 61);
            e01 = TLanes.Chi(b0, b1, b2);
            e11 = TLanes.Chi(b1, b2, b3);
            e21 = TLanes.Chi(b2, b3, b4);
            e31 = TLanes.Chi(b3, b4, b0);
            e41 = TLanes.Chi(b4, b0, b1);
            b0 = TLanes.RotateLeft(TLanes.Xor(a10, d1), 1);
            b1 = TLanes.RotateLeft(TLanes.Xor(a21, d2), 6);
            b2 = TLanes.RotateLeft(TLanes.Xor(a32, d3), 25);
            b3 = TLanes.RotateLeft(TLanes.Xor(a43, d4), 8);
            b4 = TLanes.RotateLeft(TLanes.Xor(a04, d0), 18);
            e02 = TLanes.Chi(b0, b1, b2);
            e12 = TLanes.Chi(b1, b2, b3);
            e22 = TLanes.Chi(b2, b3, b4);
            e32 = TLanes.Chi(b3, b4, b0);
            e42 = TLanes.Chi(b4, b0, b1);
            b0 = TLanes.RotateLeft(TLanes.Xor(a40, d4), 27);
            b1 = TLanes.RotateLeft(TLanes.Xor(a01, d0), 36);
            b2 = TLanes.RotateLeft(TLanes.Xor(a12, d1), 10);
            b3 = TLanes.RotateLeft(TLanes.Xor(a23, d2), 15);
            b4 = TLanes.RotateLeft(TLanes.Xor(a34, d3), 56);
            e03 = TLanes.Chi(b0, b1, b2);
            e13 = TLanes.Chi(b1, b2, b3);
            e23 = TLanes.Chi(b2, b3, b4);
            e33 = TLanes.Chi(b3, b4, b0);
            e43 = TLanes.Chi(b4, b0, b1);
            b0 = TLanes.RotateLeft(TLanes.Xor(a20, d2), 62);
            b1 = TLanes.RotateLeft(TLanes.Xor(a31, d3), 55);
            b2 = TLanes.RotateLeft(TLanes.Xor(a42, d4), 39);
            b3 = TLanes.RotateLeft(TLanes.Xor(a03, d0), 41);
            b4 = TLanes.RotateLeft(TLanes.Xor(a14, d1), 2);
            e04 = TLanes.Chi(b0, b1, b2);
            e14 = TLanes.Chi(b1, b2, b3);
            e24 = TLanes.Chi(b2, b3, b4);
            e34 = TLanes.Chi(b3, b4, b0);
            e44 = TLanes.Chi(b4, b0, b1);
            // Round round + 1: θ column parities of e.
            c0 = TLanes.Xor(TLanes.Xor(e00, e01, e02), e03, e04);
            c1 = TLanes.Xor(TLanes.Xor(e10, e11, e12), e13, e14);
            c2 = TLanes.Xor(TLanes.Xor(e20, e21, e22), e23, e24);
            c3 = TLanes.Xor(TLanes.Xor(e30, e31, e32), e33, e34);
            c4 = TLanes.Xor(TLanes.Xor(e40, e41, e42), e43, e44);
            d0 = TLanes.Xor(c4, TLanes.RotateLeft(c1, 1));
            d1 = TLanes.Xor(c0, TLanes.RotateLeft(c2, 1));
            d2 = TLanes.Xor(c1, TLanes.RotateLeft(c3, 1));
            d3 = TLanes.Xor(c2, TLanes.RotateLeft(c4, 1));
            d4 = TLanes.Xor(c3, TLanes.RotateLeft(c0, 1));
            // ρ and π gather one output row at a time (lane (x, y) moves to (y, 2x + 3y)); χ and ι write it to a.
            b0 = TLanes.Xor(e00, d0);
            b1 = TLanes.RotateLeft(TLanes.Xor(e11, d1), 44);
            b2 = TLanes.RotateLeft(TLanes.Xor(e22, d2), 43);
            b3 = TLanes.RotateLeft(TLanes.Xor(e33, d3), 21);
            b4 = TLanes.RotateLeft(TLanes.Xor(e44, d4), 14);
            a00 = TLanes.Xor(TLanes.Chi(b0, b1, b2), TLanes.Broadcast(RoundConstants[round + 1]));
            a10 = TLanes.Chi(b1, b2, b3);
            a20 = TLanes.Chi(b2, b3, b4);
            a30 = TLanes.Chi(b3, b4, b0);
            a40 = TLanes.Chi(b4, b0, b1);
            b0 = TLanes.RotateLeft(TLanes.Xor(e30, d3), 28);
            b1 = TLanes.RotateLeft(TLanes.Xor(e41, d4), 20);
            b2 = TLanes.RotateLeft(TLanes.Xor(e02, d0), 3);
            b3 = TLanes.RotateLeft(TLanes.Xor(e13, d1), 45);
            b4 = TLanes.RotateLeft(TLanes.Xor(e24, d2), 61);
            a01 = TLanes.Chi(b0, b1, b2);
            a11 = TLanes.Chi(b1, b2, b3);
            a21 = TLanes.Chi(b2, b3, b4);
            a31 = TLanes.Chi(b3, b4, b0);
            a41 = TLanes.Chi(b4, b0, b1);
            b0 = TLanes.RotateLeft(TLanes.Xor(e10, d1), 1);
            b1 = TLanes.RotateLeft(TLanes.Xor(e21, d2), 6);
            b2 = TLanes.RotateLeft(TLanes.Xor(e32, d3), 25);
            b3 = TLanes.RotateLeft(TLanes.Xor(e43, d4), 8);
            b4 = TLanes.RotateLeft(TLanes.Xor(e04, d0), 18);
            a02 = TLanes.Chi(b0, b1, b2);
            a12 = TLanes.Chi(b1, b2, b3);
            a22 = TLanes.Chi(b2, b3, b4);
            a32 = TLanes.Chi(b3, b4, b0);
            a42 = TLanes.Chi(b4, b0, b1);
            b0 = TLanes.RotateLeft(TLanes.Xor(e40, d4), 27);
            b1 = TLanes.RotateLeft(TLanes.Xor(e01, d0), 36);
            b2 = TLanes.RotateLeft(TLanes.Xor(e12, d1), 10);
            b3 = TLanes.RotateLeft(TLanes.Xor(e23, d2), 15);
            b4 = TLanes.RotateLeft(TLanes.Xor(e34, d3), 56);
            a03 = TLanes.Chi(b0, b1, b2);
            a13 = TLanes.Chi(b1, b2, b3);
            a23 = TLanes.Chi(b2, b3, b4);
            a33 = TLanes.Chi(b3, b4, b0);
            a43 = TLanes.Chi(b4, b0, b1);
            b0 = TLanes.RotateLeft(TLanes.Xor(e20, d2), 62);
            b1 = TLanes.RotateLeft(TLanes.Xor(e31, d3), 55);
            b2 = TLanes.RotateLeft(TLanes.Xor(e42, d4), 39);
            b3 = TLanes.RotateLeft(TLanes.Xor(e03, d0), 41);
            b4 = TLanes.RotateLeft(TLanes.Xor(e14, d1), 2);
            a04 = TLanes.Chi(b0, b1, b2);
            a14 = TLanes.Chi(b1, b2, b3);
            a24 = TLanes.Chi(b2, b3, b4);
            a34 = TLanes.Chi(b3, b4, b0);
            a44 = TLanes.Chi(b4, b0, b1);
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
