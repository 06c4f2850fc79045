using System.Collections.Concurrent;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Transactions;

namespace ProvenanceLedger.Sdk.Tests.Ethereum;

public class NonceManagerTests
{
    [Fact]
    public async Task Concurrent_requests_get_each_nonce_exactly_once_and_fetch_once_per_sender()
    {
        var random = new Random(Seeded.Seed);
        var senders = Enumerable.Range(0, 4).Select(_ => new Address(Seeded.Bytes(random, 20))).ToList();
        var pending = senders.Select((s, i) => (s, (ulong)(i * 100))).ToDictionary(p => p.s, p => p.Item2);
        var fetches = new ConcurrentDictionary<Address, int>();
        var manager = new NonceManager(async (sender, ct) =>
        {
            fetches.AddOrUpdate(sender, 1, (_, n) => n + 1);
            await Task.Delay(5, ct);
            return pending[sender];
        });

        var requests = Enumerable.Range(0, 400).Select(i => senders[i % senders.Count]).ToList();
        var nonces = await Task.WhenAll(requests.Select(sender => Task.Run(async () => (sender, await manager.NextAsync(sender)))));

        foreach (var (sender, index) in senders.Select((s, i) => (s, i)))
        {
            var handedOut = nonces.Where(n => n.sender == sender).Select(n => n.Item2).Order().ToList();
            Assert.Equal(Enumerable.Range(index * 100, 100).Select(n => (ulong)n), handedOut);
            Assert.Equal(1, fetches[sender]);
        }
    }

    [Fact]
    public async Task Reset_makes_the_next_request_fetch_the_pending_nonce_again()
    {
        var sender = Address.Parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
        ulong nodePending = 7;
        var manager = new NonceManager((_, _) => Task.FromResult(nodePending));

        Assert.Equal(7UL, await manager.NextAsync(sender));
        Assert.Equal(8UL, await manager.NextAsync(sender));
        // The send with nonce 8 failed: the node still says 8 is pending.
        nodePending = 8;
        await manager.ResetAsync(sender);

        Assert.Equal(8UL, await manager.NextAsync(sender));
        Assert.Equal(9UL, await manager.NextAsync(sender));
    }

    [Fact]
    public async Task A_failed_fetch_surfaces_and_the_next_request_fetches_again()
    {
        var sender = Address.Zero;
        var calls = 0;
        var manager = new NonceManager((_, _) => ++calls == 1 ? throw new HttpRequestException("node down") : Task.FromResult(3UL));

        await Assert.ThrowsAsync<HttpRequestException>(() => manager.NextAsync(sender));

        Assert.Equal(3UL, await manager.NextAsync(sender));
    }
}
