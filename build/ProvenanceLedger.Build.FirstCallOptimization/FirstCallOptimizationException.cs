namespace ProvenanceLedger.Build.FirstCallOptimization;

/// <summary>The assembly cannot be marked; the message says why and what to pass instead.</summary>
internal sealed class FirstCallOptimizationException(string message) : Exception(message);
