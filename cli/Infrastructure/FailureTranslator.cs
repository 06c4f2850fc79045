using ProvenanceLedger.Sdk.Canonical;
using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Ethereum.Keystore;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Issuing;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Sdk.Registry;

namespace ProvenanceLedger.Cli.Infrastructure;

/// <summary>
/// Turns the SDK's anticipated exceptions into the CLI's one exception type with a message that says
/// what to do. Anything else is a bug and keeps its stack trace.
/// </summary>
internal static class FailureTranslator
{
    public static CliException? Translate(Exception exception) => exception switch
    {
        CliException cli => cli,
        KeystoreException e => new CliException(e.Message, ExitCode.UsageOrEnvironment, e),
        ContractRevertException e => new CliException($"the registry refused: {e.Revert.Message}", ExitCode.InvalidOrRefused, e),
        RpcTransportException e => new CliException($"cannot reach the chain at {e.Endpoint} ({e.Method}: {FirstLine(e.Message)}); check --rpc or the profile, or start a chain with 'provenance dev up'", ExitCode.UsageOrEnvironment, e),
        RpcErrorException e => new CliException($"the chain answered an error to {e.Method}: {e.Error.Message}; check that --rpc points at an Ethereum node", ExitCode.UsageOrEnvironment, e),
        IssuingException e => new CliException(e.Message, ExitCode.InvalidOrRefused, e),
        RegistryException e => new CliException(e.Message, ExitCode.UsageOrEnvironment, e),
        BundleFormatException e => new CliException($"invalid proof bundle: {e.Message}", ExitCode.InvalidOrRefused, e),
        DocumentValidationException e => new CliException($"invalid document: {string.Join("; ", e.Problems)}", ExitCode.InvalidOrRefused, e),
        DocumentHashingException e => new CliException($"document cannot be hashed at {e.Pointer}: {e.Message}", ExitCode.InvalidOrRefused, e),
        CanonicalJsonException e => new CliException($"invalid JSON at {e.Pointer}: {e.Message}", ExitCode.InvalidOrRefused, e),
        HttpRequestException e => new CliException($"HTTP request failed: {e.Message}; check the URL and that the server runs", ExitCode.UsageOrEnvironment, e),
        IOException or UnauthorizedAccessException => new CliException($"file error: {exception.Message}", ExitCode.UsageOrEnvironment, exception),
        _ => null,
    };

    private static string FirstLine(string text) => text.Split('\n')[0];
}
