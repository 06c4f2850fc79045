using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Cli.Issuing;

/// <summary>A problem found before anything is anchored, with the input it belongs to.</summary>
public sealed record InputProblem(string Source, string Problem)
{
    /// <inheritdoc />
    public override string ToString() => $"{Source}: {Problem}";
}

/// <summary>
/// Reads and validates every input before anything is anchored and collects every problem (not just the
/// first), so a clerk fixes a whole folder in one pass.
/// </summary>
public static class DocumentCheck
{
    /// <summary>The documents, or every problem found in them.</summary>
    public static (IReadOnlyList<TradeDocument> Documents, IReadOnlyList<InputProblem> Problems) Run(
        IReadOnlyList<IssueInput> inputs, DocumentType? requiredType, Address? issuer)
    {
        var documents = new List<TradeDocument>(inputs.Count);
        var problems = new List<InputProblem>();
        var sourcesById = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            TradeDocument document;
            try
            {
                document = TradeDocument.Parse(input.Json);
            }
            catch (DocumentValidationException e)
            {
                problems.AddRange(e.Problems.Select(p => new InputProblem(input.Source, p.ToString())));
                continue;
            }

            problems.AddRange(DocumentValidator.Validate(document).Problems.Select(p => new InputProblem(input.Source, p.ToString())));
            if (requiredType is { } type && document.Type != type)
            {
                problems.Add(new InputProblem(input.Source, $"/type: is {document.Type.Name}, but --type is {type.Name}"));
            }

            if (issuer is { } expected && document.Issuer.Address != expected)
            {
                problems.Add(new InputProblem(input.Source, $"/issuer/address: is {document.Issuer.Address}, but the signing key is {expected}"));
            }

            if (sourcesById.TryGetValue(document.Id, out var first))
            {
                problems.Add(new InputProblem(input.Source, $"/id: '{document.Id}' is also the id of {first}; ids name the bundle files, so each must be unique"));
            }
            else
            {
                sourcesById[document.Id] = input.Source;
            }

            documents.Add(document);
        }

        return (documents, problems);
    }
}
