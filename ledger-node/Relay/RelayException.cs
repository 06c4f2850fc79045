namespace ProvenanceLedger.Node.Relay;

/// <summary>The relay refuses a batch before spending gas, or cannot relay at all; the message says what to do.</summary>
public sealed class RelayException(string title, string message, int statusCode, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>One line naming what is wrong.</summary>
    public string Title { get; } = title;

    /// <summary>The HTTP status to answer with.</summary>
    public int StatusCode { get; } = statusCode;
}
