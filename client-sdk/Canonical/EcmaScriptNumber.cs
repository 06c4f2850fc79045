using System.Globalization;

namespace ProvenanceLedger.Sdk.Canonical;

/// <summary>
/// Formats an IEEE-754 double the way ECMAScript's Number::toString does, which RFC 8785 requires:
/// shortest round-trip digits, plain notation for exponents in [-6, 21), otherwise d.ddde±x; -0 is "0".
/// </summary>
public static class EcmaScriptNumber
{
    // 17 significant digits plus sign, point, 'E', exponent sign and 3 exponent digits fit easily.
    private const int ScratchLength = 32;

    /// <summary>Writes <paramref name="value"/> in ECMAScript form as ASCII; returns the number of bytes written.</summary>
    /// <exception cref="ArgumentOutOfRangeException">NaN or an infinity, which JSON cannot represent.</exception>
    public static int Format(double value, Span<byte> destination)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "JSON has no NaN or Infinity");
        }

        if (value == 0)
        {
            destination[0] = (byte)'0';
            return 1;
        }

        // .NET's "R" gives the shortest round-trip digits (since .NET Core 3.0); only the layout differs.
        Span<char> text = stackalloc char[ScratchLength];
        value.TryFormat(text, out var length, "R", CultureInfo.InvariantCulture);
        text = text[..length];

        var written = 0;
        if (text[0] == '-')
        {
            destination[written++] = (byte)'-';
            text = text[1..];
        }

        Span<byte> digits = stackalloc byte[ScratchLength];
        var digitCount = 0;
        var pointPosition = -1;
        var exponent = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '.')
            {
                pointPosition = digitCount;
            }
            else if (c is 'E' or 'e')
            {
                exponent = int.Parse(text[(i + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                break;
            }
            else
            {
                digits[digitCount++] = (byte)c;
            }
        }

        // n is ECMAScript's decimal exponent: value = 0.d1d2…dk × 10^n.
        var n = (pointPosition < 0 ? digitCount : pointPosition) + exponent;
        var start = 0;
        while (digits[start] == '0')
        {
            start++;
            n--;
        }

        var end = digitCount;
        while (digits[end - 1] == '0')
        {
            end--;
        }

        var significant = digits[start..end];
        var k = significant.Length;
        return written + Layout(significant, k, n, destination[written..]);
    }

    /// <summary>Formats to a string (convenience for tests and diagnostics).</summary>
    public static string ToString(double value)
    {
        Span<byte> buffer = stackalloc byte[ScratchLength];
        var length = Format(value, buffer);
        return System.Text.Encoding.ASCII.GetString(buffer[..length]);
    }

    private static int Layout(ReadOnlySpan<byte> s, int k, int n, Span<byte> destination)
    {
        var w = 0;
        if (k <= n && n <= 21)
        {
            s.CopyTo(destination);
            w = k;
            for (var i = 0; i < n - k; i++)
            {
                destination[w++] = (byte)'0';
            }

            return w;
        }

        if (0 < n && n <= 21)
        {
            s[..n].CopyTo(destination);
            w = n;
            destination[w++] = (byte)'.';
            s[n..].CopyTo(destination[w..]);
            return w + (k - n);
        }

        if (-6 < n && n <= 0)
        {
            destination[w++] = (byte)'0';
            destination[w++] = (byte)'.';
            for (var i = 0; i < -n; i++)
            {
                destination[w++] = (byte)'0';
            }

            s.CopyTo(destination[w..]);
            return w + k;
        }

        destination[w++] = s[0];
        if (k > 1)
        {
            destination[w++] = (byte)'.';
            s[1..].CopyTo(destination[w..]);
            w += k - 1;
        }

        destination[w++] = (byte)'e';
        var e = n - 1;
        destination[w++] = e < 0 ? (byte)'-' : (byte)'+';
        Math.Abs(e).TryFormat(destination[w..], out var expLength, default, CultureInfo.InvariantCulture);
        return w + expLength;
    }
}
