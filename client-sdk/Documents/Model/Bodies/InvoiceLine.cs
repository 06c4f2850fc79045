using System.Globalization;
using System.Text.Json.Nodes;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>One priced line of a commercial invoice.</summary>
public sealed record InvoiceLine
{
    /// <summary>The line number: 1 for the first, then 2, 3, ...</summary>
    public required int Line { get; init; }

    /// <summary>The goods' HS code, when stated.</summary>
    public HsCode? HsCode { get; init; }

    /// <summary>Description of the goods.</summary>
    public required string Description { get; init; }

    /// <summary>How much.</summary>
    public required Quantity Quantity { get; init; }

    /// <summary>Price per unit of <see cref="Quantity"/>, greater than zero.</summary>
    public required decimal UnitPrice { get; init; }

    /// <summary>Quantity × unit price, rounded to the currency's minor unit.</summary>
    public required decimal Amount { get; init; }

    /// <summary>Origin of the goods, when stated.</summary>
    public CountryCode? OriginCountry { get; init; }

    /// <summary>The amount a line must carry: quantity × unit price rounded half away from zero to the currency's minor unit.</summary>
    public static decimal AmountOf(decimal quantity, decimal unitPrice, CurrencyCode currency) =>
        Math.Round(quantity * unitPrice, currency.MinorUnits, MidpointRounding.AwayFromZero);

    internal JsonObject ToJson() => new JsonObject()
        .With("line", Line)
        .With("hsCode", HsCode?.Digits)
        .With("description", Description)
        .With("quantity", Quantity.ToJson())
        .With("unitPrice", UnitPrice)
        .With("amount", Amount)
        .With("originCountry", OriginCountry?.Value);

    internal static InvoiceLine? Read(JsonFieldReader reader, int index, CurrencyCode? currency)
    {
        var line = reader.LineNumber(index);
        var hsCode = reader.Hs("hsCode", required: false);
        var description = reader.Text("description");
        var quantity = reader.Object("quantity", Quantity.Read);
        var unitPrice = reader.Number("unitPrice", rule: NumberRule.Positive);
        var amount = reader.Number("amount", rule: NumberRule.Positive);
        var origin = reader.Country("originCountry", required: false);
        if (quantity is not null && unitPrice is { } price && amount is { } stated && currency is { } money)
        {
            var expected = AmountOf(quantity.Value, price, money);
            if (stated != expected)
            {
                reader.Report("amount", $"is {Show(stated)} but quantity {Show(quantity.Value)} × unit price {Show(price)} = {Show(expected)} {money} (rounded to {money.MinorUnits} decimals)");
                return null;
            }
        }

        return line is null || description is null || quantity is null || unitPrice is null || amount is null
            ? null
            : new InvoiceLine
            {
                Line = line.Value,
                HsCode = hsCode,
                Description = description,
                Quantity = quantity,
                UnitPrice = unitPrice.Value,
                Amount = amount.Value,
                OriginCountry = origin,
            };
    }

    internal static string Show(decimal value) => (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
