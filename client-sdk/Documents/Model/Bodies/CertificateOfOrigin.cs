using System.Text.Json.Nodes;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>
/// The body of a certificate of origin: who exports, produces and imports the goods, each consignment
/// item with its HS code, origin country and origin criterion, the transport, the commercial invoice it
/// refers to and the certifying body's declaration.
/// </summary>
/// <remarks>
/// Date rules (checked by <see cref="DocumentValidator"/> against the envelope's issue date): the invoice
/// and the certification are dated on or before the issue date. Goods may leave before the certificate is
/// issued, as most trade agreements allow, but such a certificate must say so with
/// <see cref="IssuedRetrospectively"/> = true, as the printed forms do ("issued retrospectively").
/// </remarks>
public sealed record CertificateOfOrigin : ITradeDocumentBody<CertificateOfOrigin>
{
    /// <summary>The exporter (consignor).</summary>
    public required Party Exporter { get; init; }

    /// <summary>The producer, when it is not the exporter.</summary>
    public Party? Producer { get; init; }

    /// <summary>The importer (consignee).</summary>
    public required Party Importer { get; init; }

    /// <summary>The goods, numbered 1, 2, 3 in order.</summary>
    public required IReadOnlyList<ConsignmentItem> Items { get; init; }

    /// <summary>How and when the goods travel.</summary>
    public required Transport Transport { get; init; }

    /// <summary>The commercial invoice covering the goods, when known.</summary>
    public InvoiceReference? Invoice { get; init; }

    /// <summary>The certifying body's declaration.</summary>
    public required CertificationDeclaration Certification { get; init; }

    /// <summary>True when the certificate is issued after the goods were shipped.</summary>
    public bool? IssuedRetrospectively { get; init; }

    /// <summary>Free-text remarks printed on the certificate.</summary>
    public string? Remarks { get; init; }

    /// <inheritdoc />
    public static DocumentType DocumentType => DocumentType.CertificateOfOrigin;

    /// <inheritdoc />
    public DocumentType Type => DocumentType.CertificateOfOrigin;

    /// <inheritdoc />
    public JsonObject ToJson() => new JsonObject()
        .With("exporter", Exporter.ToJson())
        .With("producer", Producer?.ToJson())
        .With("importer", Importer.ToJson())
        .With("items", Items.ToJsonArray(i => i.ToJson()))
        .With("transport", Transport.ToJson())
        .With("invoice", Invoice?.ToJson())
        .With("certification", Certification.ToJson())
        .With("issuedRetrospectively", IssuedRetrospectively)
        .With("remarks", Remarks);

    /// <inheritdoc />
    public static CertificateOfOrigin FromJson(JsonObject body) => BodyReading.FromJson<CertificateOfOrigin>(body, Read);

    internal static CertificateOfOrigin? Read(JsonFieldReader reader, DateOnly? issuedOn)
    {
        var exporter = reader.Object("exporter", Party.Read);
        var producer = reader.Object("producer", Party.Read, required: false);
        var importer = reader.Object("importer", Party.Read);
        var items = reader.Array("items", ConsignmentItem.Read);
        var transport = reader.Object("transport", Transport.Read);
        var invoice = reader.Object("invoice", InvoiceReference.Read, required: false);
        var certification = reader.Object("certification", CertificationDeclaration.Read);
        var retrospective = reader.Boolean("issuedRetrospectively", required: false);
        var remarks = reader.Text("remarks", required: false);

        if (issuedOn is { } issued)
        {
            reader.NotAfter("invoice", "date", invoice?.Date, issued, "the issue date");
            reader.NotAfter("certification", "date", certification?.Date, issued, "the issue date");
            if (transport?.DepartureDate is { } departed && departed < issued && retrospective != true)
            {
                reader.Report("issuedRetrospectively",
                    $"must be true: the goods left on {CalendarDate.Format(departed)}, before the issue date {CalendarDate.Format(issued)}");
            }
        }

        var invoiceAfterIssue = invoice is not null && issuedOn is { } issueDay && invoice.Date > issueDay;
        if (invoice is not null && certification is not null && invoice.Date > certification.Date && !invoiceAfterIssue)
        {
            reader.Report("invoice", "date", $"is {CalendarDate.Format(invoice.Date)}, after the certification date {CalendarDate.Format(certification.Date)}; a certificate can only refer to an existing invoice");
        }

        return exporter is null || importer is null || items is null || transport is null || certification is null
            ? null
            : new CertificateOfOrigin
            {
                Exporter = exporter,
                Producer = producer,
                Importer = importer,
                Items = items,
                Transport = transport,
                Invoice = invoice,
                Certification = certification,
                IssuedRetrospectively = retrospective,
                Remarks = remarks,
            };
    }
}
