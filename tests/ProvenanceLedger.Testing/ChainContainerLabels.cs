using System.Diagnostics;
using System.Globalization;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace ProvenanceLedger.Testing;

/// <summary>
/// Labels every chain container with the test process that owns it. Ryuk (Testcontainers' reaper) cannot
/// be pulled here, so an aborted run would leave its container behind; the next run removes containers whose
/// owner process is gone. The start time guards against a reused PID.
/// </summary>
internal static class ChainContainerLabels
{
    public const string Role = "provenance-ledger.role";
    public const string RoleValue = "test-chain";
    public const string OwnerPid = "provenance-ledger.owner-pid";
    public const string OwnerStarted = "provenance-ledger.owner-started";

    /// <summary>Labels naming the current process as owner.</summary>
    public static Dictionary<string, string> ForCurrentProcess()
    {
        using var self = Process.GetCurrentProcess();
        return new()
        {
            [Role] = RoleValue,
            [OwnerPid] = self.Id.ToString(CultureInfo.InvariantCulture),
            [OwnerStarted] = StartStamp(self),
        };
    }

    /// <summary>Removes labelled chain containers whose owner process no longer runs; returns their ids.</summary>
    public static async Task<IReadOnlyList<string>> RemoveOrphansAsync(DockerClient client, CancellationToken cancellationToken)
    {
        var containers = await client.Containers.ListContainersAsync(
            new ContainersListParameters
            {
                All = true,
                Filters = new Dictionary<string, IDictionary<string, bool>> { ["label"] = new Dictionary<string, bool> { [$"{Role}={RoleValue}"] = true } },
            },
            cancellationToken);
        var removed = new List<string>();
        foreach (var container in containers.Where(c => !OwnerIsAlive(c.Labels)))
        {
            await client.Containers.RemoveContainerAsync(container.ID, new ContainerRemoveParameters { Force = true }, cancellationToken);
            removed.Add(container.ID);
        }

        return removed;
    }

    private static bool OwnerIsAlive(IDictionary<string, string> labels)
    {
        if (!labels.TryGetValue(OwnerPid, out var pidText) || !int.TryParse(pidText, CultureInfo.InvariantCulture, out var pid)
            || !labels.TryGetValue(OwnerStarted, out var started))
        {
            return false;
        }

        try
        {
            using var owner = Process.GetProcessById(pid);
            return StartStamp(owner) == started;
        }
        catch (ArgumentException)
        {
            // No process has that id any more.
            return false;
        }
    }

    private static string StartStamp(Process process) =>
        process.StartTime.ToUniversalTime().Ticks.ToString(CultureInfo.InvariantCulture);
}
