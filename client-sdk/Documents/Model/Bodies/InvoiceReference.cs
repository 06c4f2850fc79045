using System.Text.Json.Nodes;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>The commercial invoice a certificate refers to.</summary>
/// <param name="Number">The invoice number.</param>
/// <param name="Date">The invoice date.</param>
public sealed record InvoiceReference(string Number, DateOnly Date)
{
    internal JsonObject ToJson() => new JsonObject().With("number", Number).With("date", Date);

    internal static InvoiceReference? Read(JsonFieldReader reader)
    {
        var number = reader.Text("number");
        var date = reader.Date("date");
        return number is null || date is null ? null : new InvoiceReference(number, date.Value);
    }
}
