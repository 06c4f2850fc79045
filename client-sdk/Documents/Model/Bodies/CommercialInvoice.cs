using System.Text.Json.Nodes;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>
/// The body of a commercial invoice: seller, buyer, priced lines in one ISO 4217 currency, the Incoterms
/// rule and the totals.
/// </summary>
/// <remarks>
/// Rules: each line's amount is quantity × unit price rounded half away from zero to the currency's minor
/// unit; totals.lines is the sum of the amounts; totals.total = lines + freight + insurance, exactly; the
/// invoice date is on or before the issue date.
/// </remarks>
public sealed record CommercialInvoice : ITradeDocumentBody<CommercialInvoice>
{
    /// <summary>Invoice number.</summary>
    public required string Number { get; init; }

    /// <summary>Invoice date.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Seller (usually the exporter).</summary>
    public required Party Seller { get; init; }

    /// <summary>Buyer (usually the importer).</summary>
    public required Party Buyer { get; init; }

    /// <summary>Currency of every price and amount.</summary>
    public required CurrencyCode Currency { get; init; }

    /// <summary>Delivery term.</summary>
    public required DeliveryTerm Incoterm { get; init; }

    /// <summary>Priced lines, numbered 1, 2, 3 in order.</summary>
    public required IReadOnlyList<InvoiceLine> Lines { get; init; }

    /// <summary>Sum of the lines and charges.</summary>
    public required InvoiceTotals Totals { get; init; }

    /// <summary>Payment terms in words ("30 days net", "L/C at sight").</summary>
    public string? PaymentTerms { get; init; }

    /// <inheritdoc />
    public static DocumentType DocumentType => DocumentType.CommercialInvoice;

    /// <inheritdoc />
    public DocumentType Type => DocumentType.CommercialInvoice;

    /// <inheritdoc />
    public JsonObject ToJson() => new JsonObject()
        .With("number", Number)
        .With("date", Date)
        .With("seller", Seller.ToJson())
        .With("buyer", Buyer.ToJson())
        .With("currency", Currency.Value)
        .With("incoterm", Incoterm.ToJson())
        .With("lines", Lines.ToJsonArray(l => l.ToJson()))
        .With("totals", Totals.ToJson())
        .With("paymentTerms", PaymentTerms);

    /// <inheritdoc />
    public static CommercialInvoice FromJson(JsonObject body) => BodyReading.FromJson<CommercialInvoice>(body, Read);

    internal static CommercialInvoice? Read(JsonFieldReader reader, DateOnly? issuedOn)
    {
        var number = reader.Text("number");
        var date = reader.Date("date");
        var seller = reader.Object("seller", Party.Read);
        var buyer = reader.Object("buyer", Party.Read);
        var currency = reader.Currency("currency");
        var incoterm = reader.Object("incoterm", DeliveryTerm.Read);
        var lines = reader.Array("lines", (line, index) => InvoiceLine.Read(line, index, currency));
        var totals = reader.Object("totals", t => InvoiceTotals.Read(t, lines));
        var paymentTerms = reader.Text("paymentTerms", required: false);
        if (date is { } dated && issuedOn is { } issued && dated > issued)
        {
            reader.Report("date", $"{CalendarDate.Format(dated)} is after the issue date {CalendarDate.Format(issued)}");
        }

        return number is null || date is null || seller is null || buyer is null || currency is null || incoterm is null || lines is null || totals is null
            ? null
            : new CommercialInvoice
            {
                Number = number,
                Date = date.Value,
                Seller = seller,
                Buyer = buyer,
                Currency = currency.Value,
                Incoterm = incoterm,
                Lines = lines,
                Totals = totals,
                PaymentTerms = paymentTerms,
            };
    }
}
