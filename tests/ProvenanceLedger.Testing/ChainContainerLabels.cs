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
        var pid = Environment.ProcessId;
        return new()
        {
            [Role] = RoleValue,
            [OwnerPid] = pid.ToString(CultureInfo.InvariantCulture),
            [OwnerStarted] = StartStamp(pid) ?? throw new InvalidOperationException("cannot read this process's start time"),
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
            try
            {
                await client.Containers.RemoveContainerAsync(container.ID, new ContainerRemoveParameters { Force = true }, cancellationToken);
                removed.Add(container.ID);
            }
            catch (Exception e) when (e is DockerContainerNotFoundException
                || (e is DockerApiException api && api.StatusCode == System.Net.HttpStatusCode.Conflict))
            {
                // Test projects start their fixtures in parallel: another one got to this orphan first.
            }
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

        var stamp = StartStamp(pid);
        if (stamp is null)
        {
            return false;
        }

        // A stamp of another form comes from another version of this fixture (say, a second checkout's
        // test run): the PID alone then decides, so a live run's container is never taken for an orphan.
        return stamp == started || !started.StartsWith(stamp[..(stamp.IndexOf(':', StringComparison.Ordinal) + 1)], StringComparison.Ordinal);
    }

    /// <summary>
    /// When the process started, as a stamp that is identical whichever process reads it: on Linux the
    /// kernel's start tick from /proc/PID/stat. (Process.StartTime is derived from a boot time that .NET
    /// computes per process, so two processes can disagree about a third one's start by a few ticks.)
    /// Null when no process has that id.
    /// </summary>
    private static string? StartStamp(int pid)
    {
        var stat = $"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat";
        if (File.Exists("/proc/self/stat"))
        {
            try
            {
                var text = File.ReadAllText(stat);
                // Fields after the command name, which sits in parentheses and may itself hold spaces.
                var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
                return "tick:" + fields[19];
            }
            catch (IOException)
            {
                return null;
            }
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return "s:" + (process.StartTime.ToUniversalTime().Ticks / TimeSpan.TicksPerSecond).ToString(CultureInfo.InvariantCulture);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
