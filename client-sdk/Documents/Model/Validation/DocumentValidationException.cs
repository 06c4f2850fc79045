namespace ProvenanceLedger.Sdk.Documents;

/// <summary>
/// A trade document that cannot be read or does not meet its type's rules. The message lists every
/// problem on its own line as "pointer: message", so a user can fix them all in one pass.
/// </summary>
public sealed class DocumentValidationException : Exception
{
    /// <summary>Creates the exception from at least one problem.</summary>
    public DocumentValidationException(IReadOnlyList<ValidationProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, in document order.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    private static string Describe(IReadOnlyList<ValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count == 0)
        {
            throw new ArgumentException("an invalid document has at least one problem", nameof(problems));
        }

        var heading = problems.Count == 1 ? "The document has 1 problem:" : $"The document has {problems.Count} problems:";
        return heading + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  " + p));
    }
}
