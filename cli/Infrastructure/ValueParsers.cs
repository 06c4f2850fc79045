using System.CommandLine;
using System.CommandLine.Parsing;
using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Cli.Infrastructure;

/// <summary>Arguments and options that carry Ethereum and document types, checked at the command line.</summary>
public static class ValueParsers
{
    /// <summary>An address argument (EIP-55 checked when mixed case).</summary>
    public static Argument<Address> AddressArgument(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result => ParseAddress(result, result.Tokens[0].Value, name),
    };

    /// <summary>A document type option (kebab-case name).</summary>
    public static Option<DocumentType> TypeOption(bool required) => new("--type")
    {
        Description = "Document type: certificate-of-origin, origin-declaration, commercial-invoice, phytosanitary-certificate or a custom kebab-case name",
        Required = required,
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            if (DocumentType.TryParse(text, out var type))
            {
                return type;
            }

            result.AddError($"--type '{text}' is not a kebab-case document type name such as certificate-of-origin");
            return default;
        },
    };

    /// <summary>Parses an address, reporting a usage error.</summary>
    public static Address ParseAddress(SymbolResult result, string text, string name)
    {
        if (Address.TryParse(text, out var address))
        {
            return address;
        }

        result.AddError($"{name} '{text}' is not an Ethereum address (0x and 40 hex digits; a mixed-case one must match its EIP-55 checksum)");
        return default;
    }

    /// <summary>The readable name of a document type id, when it is one of the well-known types.</summary>
    public static string TypeName(Hash32 docType)
    {
        foreach (var known in new[] { DocumentType.CertificateOfOrigin, DocumentType.OriginDeclaration, DocumentType.CommercialInvoice, DocumentType.PhytosanitaryCertificate })
        {
            if (known.Id == docType)
            {
                return known.Name;
            }
        }

        return docType.ToString();
    }
}
