using Docker.DotNet;

namespace ProvenanceLedger.Testing;

/// <summary>Finds a container engine the tests may use: DOCKER_HOST, else the default Unix socket, if it answers.</summary>
internal static class DockerEngine
{
    // Debian's docker.io engine speaks at most API 1.41, while Testcontainers' client asks for a newer one.
    private const string ApiVersionVariable = "DOCKER_API_VERSION";
    private const string DebianEngineApiVersion = "1.41";

    private const string DefaultSocket = "/var/run/docker.sock";

    /// <summary>The engine's endpoint, or null with the reason when none is reachable.</summary>
    public static async Task<(Uri? Endpoint, string Reason)> FindAsync(CancellationToken cancellationToken)
    {
        // Testcontainers reads the version from the environment; a plain `dotnet test` has not set it.
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(ApiVersionVariable)))
        {
            Environment.SetEnvironmentVariable(ApiVersionVariable, DebianEngineApiVersion);
        }

        var configured = Environment.GetEnvironmentVariable("DOCKER_HOST");
        Uri endpoint;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            endpoint = new Uri(configured);
        }
        else if (File.Exists(DefaultSocket))
        {
            endpoint = new Uri("unix://" + DefaultSocket);
        }
        else
        {
            return (null, $"DOCKER_HOST is not set and {DefaultSocket} does not exist");
        }

        using var client = CreateClient(endpoint);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            await client.System.PingAsync(timeout.Token);
            return (endpoint, "");
        }
        catch (Exception e) when (e is HttpRequestException or IOException or OperationCanceledException or DockerApiException
                                      or System.Net.Sockets.SocketException && !cancellationToken.IsCancellationRequested)
        {
            return (null, $"the engine at {endpoint} does not answer ({e.GetType().Name}: {e.Message})");
        }
    }

    public static DockerClient CreateClient(Uri endpoint) =>
        new DockerClientBuilder()
            .WithEndpoint(endpoint)
            .WithApiVersion(Version.Parse(Environment.GetEnvironmentVariable(ApiVersionVariable) ?? DebianEngineApiVersion))
            .Build();
}
