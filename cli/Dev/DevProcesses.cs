using System.Diagnostics;
using ProvenanceLedger.Cli.Infrastructure;

namespace ProvenanceLedger.Cli.Dev;

/// <summary>
/// The local stack's background processes, one PID file and one log each in the dev folder — the same
/// layout as up.sh/down.sh. Each runs in its own session (setsid), so its PID is its process group and
/// stopping it by PID stops what it started too.
/// </summary>
public sealed class DevProcesses(string directory)
{
    /// <summary>The dev folder.</summary>
    public string Directory { get; } = directory;

    /// <summary>The PID of <paramref name="name"/> when it runs.</summary>
    public int? RunningPid(string name)
    {
        var pidFile = PidFile(name);
        if (!File.Exists(pidFile) || !int.TryParse(File.ReadAllText(pidFile).Trim(), out var pid))
        {
            return null;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited ? null : pid;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Starts <paramref name="command"/> detached, output to &lt;name&gt;.log; returns its PID.</summary>
    public int Start(string name, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] command)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var log = Path.Combine(Directory, name + ".log");

        // sh is not a group leader, so setsid execs in place: the PID we get is the server's own.
        var script = $"exec setsid {string.Join(' ', command.Select(Quote))} >{Quote(log)} 2>&1 </dev/null";
        var start = new ProcessStartInfo("/bin/sh") { WorkingDirectory = workingDirectory, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new CliException($"could not start {name}: {command[0]}");
        File.WriteAllText(PidFile(name), process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return process.Id;
    }

    /// <summary>Stops <paramref name="name"/> (and its children) by its recorded PID; false when it was not running.</summary>
    public async Task<bool> StopAsync(string name, CancellationToken cancellationToken)
    {
        var pid = RunningPid(name);
        if (File.Exists(PidFile(name)))
        {
            // Not File.Delete alone: it throws when the dev folder itself does not exist (nothing ever started there).
            File.Delete(PidFile(name));
        }
        if (pid is null)
        {
            return false;
        }

        using var process = Process.GetProcessById(pid.Value);
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync(cancellationToken);
        return true;
    }

    /// <summary>The last lines of a process's log, for an error message.</summary>
    public string LogTail(string name)
    {
        var log = Path.Combine(Directory, name + ".log");
        return File.Exists(log) ? string.Join(" | ", File.ReadAllLines(log).TakeLast(5)) : "(no log)";
    }

    private string PidFile(string name) => Path.Combine(Directory, name + ".pid");

    private static string Quote(string argument) => "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
