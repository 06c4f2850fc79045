using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Configurations;
using DotNet.Testcontainers.Containers;

namespace ProvenanceLedger.Testing;

/// <summary>The Hardhat node in a container of <see cref="ChainImage"/>, port 8545 published on a random loopback port.</summary>
internal sealed class ContainerChainHost : IChainHost
{
    private const ushort RpcPort = 8545;
    private readonly IContainer _container;
    private readonly EventHandler _removeOnExit;

    private ContainerChainHost(IContainer container)
    {
        _container = container;
        // An aborted run (Ctrl+C, a crashed test host that still unwinds) must not leave the container behind.
        _removeOnExit = (_, _) => _container.DisposeAsync().AsTask().GetAwaiter().GetResult();
        AppDomain.CurrentDomain.ProcessExit += _removeOnExit;
    }

    public Uri RpcUrl => new($"http://127.0.0.1:{_container.GetMappedPublicPort(RpcPort)}/");

    public string StartedBy => "testcontainers";

    public string Image { get; private init; } = "";

    public IReadOnlyList<string> RemovedOrphans { get; private init; } = [];

    public static async Task<ContainerChainHost> StartAsync(Uri endpoint, CancellationToken cancellationToken)
    {
        // Ryuk cannot be pulled on these machines; orphans are removed by label below instead.
        TestcontainersSettings.ResourceReaperEnabled = false;

        IReadOnlyList<string> orphans;
        using (var client = DockerEngine.CreateClient(endpoint))
        {
            orphans = await ChainContainerLabels.RemoveOrphansAsync(client, cancellationToken);
        }

        var image = ChainImage.Name();
        await ChainImage.BuildAsync(cancellationToken);

        var container = new ContainerBuilder(image)
            .WithDockerEndpoint(endpoint.ToString())
            .WithLabel(ChainContainerLabels.ForCurrentProcess())
            .WithPortBinding(RpcPort, assignRandomHostPort: true)
            // The engine deletes the container as soon as it stops, so disposal (a stop) leaves nothing behind.
            .WithAutoRemove(true)
            .WithCleanUp(true)
            .Build();
        var host = new ContainerChainHost(container) { Image = image, RemovedOrphans = orphans };
        try
        {
            await container.StartAsync(cancellationToken);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }

        return host;
    }

    public void ThrowIfExited()
    {
        if (_container.State is TestcontainersStates.Exited or TestcontainersStates.Dead)
        {
            throw new InvalidOperationException($"the chain container {_container.Id} stopped ({_container.State}) before answering");
        }
    }

    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= _removeOnExit;
        await _container.DisposeAsync();
    }
}
