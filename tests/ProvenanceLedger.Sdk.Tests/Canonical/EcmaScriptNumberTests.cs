using System.Globalization;
using ProvenanceLedger.Sdk.Canonical;

namespace ProvenanceLedger.Sdk.Tests.Canonical;

public class EcmaScriptNumberTests
{
    // RFC 8785 Appendix B: IEEE-754 bit patterns and their required serialisation.
    [Theory]
    [InlineData("0000000000000000", "0")]
    [InlineData("8000000000000000", "0")]
    [InlineData("0000000000000001", "5e-324")]
    [InlineData("8000000000000001", "-5e-324")]
    [InlineData("7fefffffffffffff", "1.7976931348623157e+308")]
    [InlineData("ffefffffffffffff", "-1.7976931348623157e+308")]
    [InlineData("4340000000000000", "9007199254740992")]
    [InlineData("c340000000000000", "-9007199254740992")]
    [InlineData("4430000000000000", "295147905179352830000")]
    [InlineData("44b52d02c7e14af5", "9.999999999999997e+22")]
    [InlineData("44b52d02c7e14af6", "1e+23")]
    [InlineData("44b52d02c7e14af7", "1.0000000000000001e+23")]
    [InlineData("444b1ae4d6e2ef4e", "999999999999999700000")]
    [InlineData("444b1ae4d6e2ef4f", "999999999999999900000")]
    [InlineData("444b1ae4d6e2ef50", "1e+21")]
    [InlineData("3eb0c6f7a0b5ed8c", "9.999999999999997e-7")]
    [InlineData("3eb0c6f7a0b5ed8d", "0.000001")]
    [InlineData("41b3de4355555553", "333333333.3333332")]
    [InlineData("41b3de4355555554", "333333333.33333325")]
    [InlineData("41b3de4355555555", "333333333.3333333")]
    [InlineData("41b3de4355555556", "333333333.3333334")]
    [InlineData("41b3de4355555557", "333333333.33333343")]
    [InlineData("becbf647612f3696", "-0.0000033333333333333333")]
    [InlineData("43143ff3c1cb0959", "1424953923781206.2")]
    public void Format_matches_rfc8785_appendix_b(string bits, string expected)
    {
        var value = BitConverter.Int64BitsToDouble(long.Parse(bits, NumberStyles.HexNumber, CultureInfo.InvariantCulture));

        Assert.Equal(expected, EcmaScriptNumber.ToString(value));
    }

    // Expected strings are what ECMAScript's Number.prototype.toString prints (checked with node).
    [Theory]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(1e-6, "0.000001")]
    [InlineData(0.000001234, "0.000001234")]
    [InlineData(123e-20, "1.23e-18")]
    [InlineData(0.1, "0.1")]
    [InlineData(100, "100")]
    [InlineData(-1, "-1")]
    [InlineData(3.14159, "3.14159")]
    [InlineData(1.5e300, "1.5e+300")]
    [InlineData(9007199254740994d, "9007199254740994")]
    public void Format_follows_ecmascript_layout_rules(double value, string expected)
    {
        Assert.Equal(expected, EcmaScriptNumber.ToString(value));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Format_refuses_values_json_cannot_hold(double value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EcmaScriptNumber.ToString(value));
    }
}
