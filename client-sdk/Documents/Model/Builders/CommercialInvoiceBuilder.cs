namespace ProvenanceLedger.Sdk.Documents;

/// <summary>
/// Builds a <see cref="CommercialInvoice"/>: lines are numbered as added, each amount is quantity × unit
/// price rounded to the currency's minor unit, and the totals are summed, so they always add up.
/// </summary>
public sealed class CommercialInvoiceBuilder
{
    private readonly List<(HsCode? HsCode, string Description, Quantity Quantity, decimal UnitPrice, CountryCode? Origin)> _lines = [];
    private readonly CurrencyCode _currency;
    private string? _number;
    private DateOnly? _date;
    private Party? _seller;
    private Party? _buyer;
    private DeliveryTerm? _incoterm;
    private decimal? _freight;
    private decimal? _insurance;
    private string? _paymentTerms;

    /// <summary>Starts an invoice in <paramref name="currency"/>.</summary>
    public CommercialInvoiceBuilder(CurrencyCode currency) => _currency = currency;

    /// <summary>Sets the invoice number and date.</summary>
    public CommercialInvoiceBuilder Numbered(string number, DateOnly date)
    {
        _number = number;
        _date = date;
        return this;
    }

    /// <summary>Sets the seller.</summary>
    public CommercialInvoiceBuilder Seller(Party seller)
    {
        _seller = seller;
        return this;
    }

    /// <summary>Sets the buyer.</summary>
    public CommercialInvoiceBuilder Buyer(Party buyer)
    {
        _buyer = buyer;
        return this;
    }

    /// <summary>Sets the Incoterms rule and its named place.</summary>
    public CommercialInvoiceBuilder Incoterm(Incoterm rule, string place)
    {
        _incoterm = new DeliveryTerm(rule, place);
        return this;
    }

    /// <summary>Adds the next priced line.</summary>
    public CommercialInvoiceBuilder AddLine(string description, Quantity quantity, decimal unitPrice, HsCode? hsCode = null, CountryCode? originCountry = null)
    {
        _lines.Add((hsCode, description, quantity, unitPrice, originCountry));
        return this;
    }

    /// <summary>Adds freight and insurance charges to the total.</summary>
    public CommercialInvoiceBuilder Charges(decimal? freight, decimal? insurance)
    {
        _freight = freight;
        _insurance = insurance;
        return this;
    }

    /// <summary>Sets the payment terms.</summary>
    public CommercialInvoiceBuilder PaymentTerms(string terms)
    {
        _paymentTerms = terms;
        return this;
    }

    /// <summary>The invoice body; throws <see cref="DocumentValidationException"/> listing every missing part or broken rule.</summary>
    public CommercialInvoice Build()
    {
        new MissingParts()
            .Require(_number, "number", nameof(Numbered))
            .Require(_seller, "seller", nameof(Seller))
            .Require(_buyer, "buyer", nameof(Buyer))
            .Require(_incoterm, "incoterm", nameof(Incoterm))
            .RequireAny(_lines, "lines", nameof(AddLine))
            .ThrowIfAny();
        var lines = _lines.Select((l, i) => new InvoiceLine
        {
            Line = i + 1,
            HsCode = l.HsCode,
            Description = l.Description,
            Quantity = l.Quantity,
            UnitPrice = l.UnitPrice,
            Amount = InvoiceLine.AmountOf(l.Quantity.Value, l.UnitPrice, _currency),
            OriginCountry = l.Origin,
        }).ToList();
        var sum = lines.Sum(l => l.Amount);
        var body = new CommercialInvoice
        {
            Number = _number!,
            Date = _date!.Value,
            Seller = _seller!,
            Buyer = _buyer!,
            Currency = _currency,
            Incoterm = _incoterm!,
            Lines = lines,
            Totals = new InvoiceTotals { Lines = sum, Freight = _freight, Insurance = _insurance, Total = sum + (_freight ?? 0) + (_insurance ?? 0) },
            PaymentTerms = _paymentTerms,
        };
        return CommercialInvoice.FromJson(body.ToJson());
    }
}
