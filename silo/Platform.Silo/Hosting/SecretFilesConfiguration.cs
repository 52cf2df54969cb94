namespace Platform.Silo.Hosting;

/// <summary>
/// Settings read from a folder of files, one setting a file, the way Kubernetes mounts a
/// secret: a file named <c>ConnectionStrings__Platform</c> sets <c>ConnectionStrings:Platform</c>.
/// Secrets then never sit in environment variables, which leak into process listings,
/// crash dumps and child processes.
/// </summary>
public static class SecretFilesConfiguration
{
    /// <summary>The setting (or environment variable <c>Platform__SecretsDirectory</c>) naming the folder.</summary>
    public const string Setting = "Platform:SecretsDirectory";

    /// <summary>Adds the folder's files as settings when the folder is configured; they win over every other source.</summary>
    public static WebApplicationBuilder AddPlatformSecretFiles(this WebApplicationBuilder builder)
    {
        if (builder.Configuration[Setting] is { Length: > 0 } folder)
        {
            var path = Path.GetFullPath(folder);
            if (!Directory.Exists(path))
            {
                throw new InvalidOperationException($"{Setting} names '{path}', which does not exist.");
            }

            // Kubernetes mounts a secret with ..data symlinks and dot-folders: skip those.
            builder.Configuration.AddKeyPerFile(path, optional: false, reloadOnChange: false);
        }

        return builder;
    }
}
