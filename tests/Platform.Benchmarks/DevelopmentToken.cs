namespace Platform.Benchmarks;

/// <summary>
/// Mints a development token with the silo's own verb,
/// <c>dotnet Platform.Silo.dll token --tenant CODE --role ROLE --data-dir DIR</c>. A silo on
/// that data folder accepts it unless it runs in the Production environment.
/// </summary>
internal static class DevelopmentToken
{
    /// <summary>Returns the token the verb printed (for <paramref name="subject"/>, or the verb's default subject); a failed verb fails with its output.</summary>
    public static async Task<string> MintAsync(string siloDll, string dataFolder, string tenant, string role, CancellationToken ct, string? subject = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { siloDll, "token", "--tenant", tenant, "--role", role, "--data-dir", dataFolder },
            WorkingDirectory = Path.GetDirectoryName(siloDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (subject is not null)
        {
            start.ArgumentList.Add("--subject");
            start.ArgumentList.Add(subject);
        }

        using var verb = Process.Start(start) ?? throw new InvalidOperationException("Could not start the token verb.");
        var stdout = verb.StandardOutput.ReadToEndAsync(ct);
        var stderr = verb.StandardError.ReadToEndAsync(ct);
        await verb.WaitForExitAsync(ct);
        var token = (await stdout).Trim();
        return verb.ExitCode == 0 && token.Length > 0
            ? token
            : throw new InvalidOperationException($"token --tenant {tenant} --role {role} failed ({verb.ExitCode}): {await stderr}");
    }
}
