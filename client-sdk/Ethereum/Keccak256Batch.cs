namespace ProvenanceLedger.Sdk.Ethereum;

/// <summary>
/// Keccak-256 of many independent short messages, several at once where the CPU has wide vectors (eight with
/// AVX-512, four with AVX2): <see cref="Add"/> queues a message with the place its hash goes, a full group is
/// hashed as soon as it fills, and <see cref="Flush"/> hashes the rest. Messages longer than
/// <see cref="MaxMessageLength"/> bytes, and every message on a CPU without vectors, are hashed on the spot. Every hash equals <see cref="Keccak256.Hash(ReadOnlySpan{byte}, Span{byte})"/>.
/// Not thread-safe: one per worker.
/// </summary>
public sealed class Keccak256Batch
{
    /// <summary>The longest message hashed together with others (one 136-byte block once padded).</summary>
    public const int MaxMessageLength = Keccak256Lanes.MaxMessageLength;

    private readonly KeccakLaneWidth _width;
    private readonly byte[] _blocks;
    private readonly byte[] _digests;
    private readonly Memory<byte>[] _destinations;
    private int _pending;

    /// <summary>Creates a batch that hashes as many messages at once as this machine's vectors hold.</summary>
    public Keccak256Batch()
        : this(Keccak256Lanes.Widest)
    {
    }

    /// <summary>Creates a batch of a given width (tests run every width on any machine).</summary>
    internal Keccak256Batch(KeccakLaneWidth width)
    {
        _width = width;
        _blocks = new byte[(int)width * Keccak256.Rate];
        _digests = new byte[(int)width * Keccak256.Size];
        _destinations = new Memory<byte>[(int)width];
    }

    /// <summary>Messages queued and not yet hashed.</summary>
    internal int Pending => _pending;

    /// <summary>
    /// Queues <paramref name="message"/> (copied) to be hashed into <paramref name="destination"/> (32 bytes). The
    /// hash is there after the group fills or after <see cref="Flush"/>, not necessarily on return.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than 32 bytes.</exception>
    public void Add(ReadOnlySpan<byte> message, Memory<byte> destination)
    {
        if (destination.Length < Keccak256.Size)
        {
            throw new ArgumentException($"destination needs {Keccak256.Size} bytes", nameof(destination));
        }

        // Without vectors, queuing would only add the copy (about 5 % slower than hashing on the spot).
        if (message.Length > MaxMessageLength || _width == KeccakLaneWidth.Scalar)
        {
            Keccak256.Hash(message, destination.Span);
            return;
        }

        Keccak256Lanes.Pad(message, _blocks.AsSpan(_pending * Keccak256.Rate, Keccak256.Rate));
        _destinations[_pending++] = destination;
        if (_pending == (int)_width)
        {
            Flush();
        }
    }

    /// <summary>Hashes every queued message into its destination.</summary>
    public void Flush()
    {
        if (_pending == 0)
        {
            return;
        }

        Keccak256Lanes.Hash(_width, _blocks, _pending, _digests);
        for (var i = 0; i < _pending; i++)
        {
            _digests.AsSpan(i * Keccak256.Size, Keccak256.Size).CopyTo(_destinations[i].Span);
            // The batch outlives the arrays it wrote into: drop the reference so they can be collected.
            _destinations[i] = default;
        }

        _pending = 0;
    }

    /// <summary>
    /// Hashes each <paramref name="messageLength"/>-byte message laid end to end in <paramref name="messages"/> into
    /// <paramref name="digests"/> (32 bytes each, same order), several at once where the CPU allows.
    /// </summary>
    /// <exception cref="ArgumentException">The lengths do not fit: messages not a whole number of <paramref name="messageLength"/>, or digests too short.</exception>
    public static void HashEach(ReadOnlySpan<byte> messages, int messageLength, Span<byte> digests) =>
        HashEach(Keccak256Lanes.Widest, messages, messageLength, digests);

    /// <summary><see cref="HashEach(ReadOnlySpan{byte}, int, Span{byte})"/> at a given width.</summary>
    internal static void HashEach(KeccakLaneWidth width, ReadOnlySpan<byte> messages, int messageLength, Span<byte> digests)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(messageLength);
        if (messages.Length % messageLength != 0)
        {
            throw new ArgumentException($"{messages.Length} bytes are not a whole number of {messageLength}-byte messages", nameof(messages));
        }

        var count = messages.Length / messageLength;
        if (digests.Length < count * Keccak256.Size)
        {
            throw new ArgumentException($"digests needs {count * Keccak256.Size} bytes for {count} messages", nameof(digests));
        }

        if (messageLength > MaxMessageLength || width == KeccakLaneWidth.Scalar)
        {
            for (var i = 0; i < count; i++)
            {
                Keccak256.Hash(messages.Slice(i * messageLength, messageLength), digests.Slice(i * Keccak256.Size, Keccak256.Size));
            }

            return;
        }

        Span<byte> blocks = stackalloc byte[(int)KeccakLaneWidth.Vector512 * Keccak256.Rate];
        var groupSize = (int)width;
        for (var first = 0; first < count; first += groupSize)
        {
            var group = Math.Min(groupSize, count - first);
            for (var k = 0; k < group; k++)
            {
                Keccak256Lanes.Pad(messages.Slice((first + k) * messageLength, messageLength), blocks.Slice(k * Keccak256.Rate, Keccak256.Rate));
            }

            Keccak256Lanes.Hash(width, blocks, group, digests[(first * Keccak256.Size)..]);
        }
    }
}
