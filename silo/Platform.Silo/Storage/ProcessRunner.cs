using System.ComponentModel;

namespace Platform.Silo.Storage;

/// <summary>
/// Runs a short-lived helper program (<c>initdb</c>, <c>pg_ctl</c>, <c>chown</c>) to
/// completion and captures what it printed.
/// </summary>
internal static class ProcessRunner
{
    /// <summary>What a finished program reported.</summary>
    /// <param name="ExitCode">The program's exit code.</param>
    /// <param name="StandardOutput">Everything it wrote to stdout.</param>
    /// <param name="StandardError">Everything it wrote to stderr.</param>
    public sealed record Result(int ExitCode, string StandardOutput, string StandardError);

    /// <summary>Runs the program and returns its exit code and output, whatever the exit code.</summary>
    /// <param name="fileName">Program to start.</param>
    /// <param name="arguments">Arguments, passed as-is (no shell, no quoting rules).</param>
    /// <param name="workingDirectory">Folder to run in; must be readable by the user the program runs as.</param>
    /// <param name="ct">Kills the program when cancelled.</param>
    public static async Task<Result> RunAsync(
        string fileName, IEnumerable<string> arguments, string workingDirectory, CancellationToken ct)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // English messages, so that the errors we surface (and search for) are stable.
        startInfo.Environment["LC_MESSAGES"] = "C";

        using var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            throw new PrerequisiteMissingException($"Could not start '{fileName}': {ex.Message}", ex);
        }

        // Nothing is ever typed into these programs; closing stdin makes any prompt fail fast.
        process.StandardInput.Close();

        // Both pipes are drained concurrently: a child blocked on a full stderr pipe would
        // otherwise never exit while we wait for stdout.
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            await process.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new Result(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Runs the program and throws, with its stderr, when it exits with a non-zero code.</summary>
    /// <inheritdoc cref="RunAsync" path="/param"/>
    /// <exception cref="InvalidOperationException">The program failed.</exception>
    public static async Task<Result> RunCheckedAsync(
        string fileName, IReadOnlyList<string> arguments, string workingDirectory, CancellationToken ct)
    {
        var result = await RunAsync(fileName, arguments, workingDirectory, ct);
        if (result.ExitCode != 0)
        {
            var output = string.IsNullOrWhiteSpace(result.StandardError) ? result.StandardOutput : result.StandardError;
            throw new InvalidOperationException(
                $"'{Path.GetFileName(fileName)} {string.Join(' ', arguments)}' failed with exit code {result.ExitCode}: {output.Trim()}");
        }

        return result;
    }
}
