namespace ProvenanceLedger.Sdk.Ethereum.Rpc;

/// <summary>Base of every failure of the JSON-RPC layer; catch a subtype to tell them apart.</summary>
public abstract class RpcException : Exception
{
    /// <summary>Creates the exception.</summary>
    protected RpcException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}

/// <summary>
/// The chain could not be reached or did not answer (connection refused, timeout, HTTP 5xx or 429, a body
/// that is not JSON-RPC), after the transport's bounded retries. Nothing is known about the request's effect.
/// </summary>
public sealed class RpcTransportException : RpcException
{
    /// <summary>Creates the exception.</summary>
    public RpcTransportException(Uri endpoint, string method, int attempts, string problem, Exception? inner = null)
        : base($"chain at {endpoint} is unreachable: {method} failed after {attempts} attempt(s): {problem}; check that the node runs and the RPC URL is right", inner)
    {
        Endpoint = endpoint;
        Method = method;
        Attempts = attempts;
    }

    /// <summary>The RPC URL.</summary>
    public Uri Endpoint { get; }

    /// <summary>The JSON-RPC method (or "batch").</summary>
    public string Method { get; }

    /// <summary>How many times the request was sent.</summary>
    public int Attempts { get; }
}

/// <summary>The node answered with a JSON-RPC error: it was reached and said no.</summary>
public sealed class RpcErrorException : RpcException
{
    /// <summary>Creates the exception.</summary>
    public RpcErrorException(string method, RpcError error)
        : base($"{method} was refused by the node: {error.Message} (JSON-RPC error {error.Code})")
    {
        Method = method;
        Error = error;
    }

    /// <summary>The JSON-RPC method.</summary>
    public string Method { get; }

    /// <summary>The error object: code, message and data.</summary>
    public RpcError Error { get; }
}
