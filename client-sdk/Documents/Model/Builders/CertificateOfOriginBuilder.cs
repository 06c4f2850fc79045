namespace ProvenanceLedger.Sdk.Documents;

/// <summary>
/// Builds a <see cref="CertificateOfOrigin"/> step by step, numbering the items 1, 2, 3 as they are
/// added. <see cref="Build"/> checks every body rule and reports all problems at once.
/// </summary>
public sealed class CertificateOfOriginBuilder
{
    private readonly List<ConsignmentItem> _items = [];
    private Party? _exporter;
    private Party? _producer;
    private Party? _importer;
    private Transport? _transport;
    private InvoiceReference? _invoice;
    private CertificationDeclaration? _certification;
    private bool? _issuedRetrospectively;
    private string? _remarks;

    /// <summary>Sets the exporter.</summary>
    public CertificateOfOriginBuilder Exporter(Party exporter)
    {
        _exporter = exporter;
        return this;
    }

    /// <summary>Sets the producer, when it is not the exporter.</summary>
    public CertificateOfOriginBuilder Producer(Party producer)
    {
        _producer = producer;
        return this;
    }

    /// <summary>Sets the importer (consignee).</summary>
    public CertificateOfOriginBuilder Importer(Party importer)
    {
        _importer = importer;
        return this;
    }

    /// <summary>Adds the next item; its line number is its position.</summary>
    public CertificateOfOriginBuilder AddItem(HsCode hsCode, string description, Quantity quantity, CountryCode originCountry, OriginCriterion originCriterion, string? marks = null, Quantity? grossWeight = null)
    {
        _items.Add(new ConsignmentItem
        {
            Line = _items.Count + 1,
            HsCode = hsCode,
            Description = description,
            Quantity = quantity,
            OriginCountry = originCountry,
            OriginCriterion = originCriterion,
            Marks = marks,
            GrossWeight = grossWeight,
        });
        return this;
    }

    /// <summary>Sets the transport.</summary>
    public CertificateOfOriginBuilder Transport(Transport transport)
    {
        _transport = transport;
        return this;
    }

    /// <summary>Refers to the commercial invoice.</summary>
    public CertificateOfOriginBuilder Invoice(string number, DateOnly date)
    {
        _invoice = new InvoiceReference(number, date);
        return this;
    }

    /// <summary>Sets the certifying body's declaration.</summary>
    public CertificateOfOriginBuilder CertifiedBy(string bodyName, string place, DateOnly date, string officer)
    {
        _certification = new CertificationDeclaration { BodyName = bodyName, Place = place, Date = date, Officer = officer };
        return this;
    }

    /// <summary>Marks the certificate as issued after the goods were shipped.</summary>
    public CertificateOfOriginBuilder IssuedRetrospectively()
    {
        _issuedRetrospectively = true;
        return this;
    }

    /// <summary>Sets the remarks.</summary>
    public CertificateOfOriginBuilder Remarks(string remarks)
    {
        _remarks = remarks;
        return this;
    }

    /// <summary>The certificate body; throws <see cref="DocumentValidationException"/> listing every missing part or broken rule.</summary>
    public CertificateOfOrigin Build()
    {
        new MissingParts()
            .Require(_exporter, "exporter", nameof(Exporter))
            .Require(_importer, "importer", nameof(Importer))
            .RequireAny(_items, "items", nameof(AddItem))
            .Require(_transport, "transport", nameof(Transport))
            .Require(_certification, "certification", nameof(CertifiedBy))
            .ThrowIfAny();
        var body = new CertificateOfOrigin
        {
            Exporter = _exporter!,
            Producer = _producer,
            Importer = _importer!,
            Items = [.. _items],
            Transport = _transport!,
            Invoice = _invoice,
            Certification = _certification!,
            IssuedRetrospectively = _issuedRetrospectively,
            Remarks = _remarks,
        };
        return CertificateOfOrigin.FromJson(body.ToJson());
    }
}
