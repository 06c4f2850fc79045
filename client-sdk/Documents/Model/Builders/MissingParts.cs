using ProvenanceLedger.Sdk.Canonical;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>Collects the required parts a builder was not given, to report them all at once.</summary>
internal sealed class MissingParts
{
    private readonly List<ValidationProblem> _problems = [];

    public MissingParts Require(object? part, string member, string method)
    {
        if (part is null)
        {
            _problems.Add(new ValidationProblem(JsonPointer.Append(BodyReading.Pointer, member), $"is required but missing; call {method}"));
        }

        return this;
    }

    public MissingParts RequireAny<T>(IReadOnlyCollection<T> parts, string member, string method)
    {
        if (parts.Count == 0)
        {
            _problems.Add(new ValidationProblem(JsonPointer.Append(BodyReading.Pointer, member), $"must list at least one entry; call {method}"));
        }

        return this;
    }

    public void ThrowIfAny()
    {
        if (_problems.Count > 0)
        {
            throw new DocumentValidationException(_problems);
        }
    }
}
