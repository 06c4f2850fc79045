using System.Text.Json.Nodes;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>A positive amount with a UN/ECE Recommendation 20 unit code (KGM, LTR, PCE, TNE, MTQ, ...).</summary>
/// <param name="Value">Greater than zero.</param>
/// <param name="Unit">Two or three upper-case letters or digits.</param>
public sealed record Quantity(decimal Value, string Unit)
{
    internal JsonObject ToJson() => new JsonObject().With("value", Value).With("unit", Unit);

    internal static Quantity? Read(JsonFieldReader reader)
    {
        var value = reader.Number("value", rule: NumberRule.Positive);
        var unit = reader.Parsed<UnitCode>("unit", UnitCode.TryParse, UnitCode.TryParse,
            text => $"'{text}' is not a unit code; expected a UN/ECE Recommendation 20 code such as KGM, LTR or PCE");
        return value is null || unit is null ? null : new Quantity(value.Value, unit.Value.Code);
    }

    private readonly record struct UnitCode(string Code)
    {
        public static bool TryParse(string text, out UnitCode unit)
        {
            unit = new UnitCode(text);
            return text.Length is 2 or 3 && CodeCharacters.AreUpperLettersOrDigits(text);
        }

        // Checked on its UTF-8 only for a reading that throws the value away; a kept unit takes the string path.
        public static bool TryParse(ReadOnlySpan<byte> utf8, bool standIn, out UnitCode unit)
        {
            unit = new UnitCode(string.Empty);
            return standIn && utf8.Length is 2 or 3 && CodeCharacters.AreUpperLettersOrDigits(utf8);
        }
    }
}
