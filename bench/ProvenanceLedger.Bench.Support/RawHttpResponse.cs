namespace ProvenanceLedger.Bench.Support;

/// <summary>
/// A response read by <see cref="RawHttpConnection"/>: the status code and the body (de-chunked), which lives in
/// the connection's buffer and stays valid only until the connection's next request.
/// </summary>
public readonly record struct RawHttpResponse(int Status, ReadOnlyMemory<byte> Body)
{
    public bool IsSuccess => Status is >= 200 and <= 299;
}
