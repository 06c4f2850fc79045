namespace ProvenanceLedger.Sdk.Documents;

/// <summary>The outcome of validating a document: every problem found (none when valid).</summary>
public sealed class DocumentValidationResult
{
    internal DocumentValidationResult(IReadOnlyList<ValidationProblem> problems) => Problems = problems;

    /// <summary>Every problem found, in document order.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    /// <summary>True when no rule is broken.</summary>
    public bool IsValid => Problems.Count == 0;

    /// <summary>Throws <see cref="DocumentValidationException"/> listing the problems, if there are any.</summary>
    public void ThrowIfInvalid()
    {
        if (!IsValid)
        {
            throw new DocumentValidationException(Problems);
        }
    }
}
