namespace ProvenanceLedger.Sdk.Verification;

/// <summary>One check of the report: its name (<see cref="CheckNames"/>), outcome and a plain-language reason.</summary>
public sealed record CheckResult(string Name, CheckStatus Status, string Reason)
{
    /// <summary>A passed check.</summary>
    public static CheckResult Pass(string name, string reason) => new(name, CheckStatus.Pass, reason);

    /// <summary>A failed check.</summary>
    public static CheckResult Fail(string name, string reason) => new(name, CheckStatus.Fail, reason);

    /// <summary>A check that could not be determined.</summary>
    public static CheckResult Unavailable(string name, string reason) => new(name, CheckStatus.Unavailable, reason);
}
