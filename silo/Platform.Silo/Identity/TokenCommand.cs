namespace Platform.Silo.Identity;

/// <summary>
/// <c>token --tenant CODE --role ROLE [--role ROLE] [--subject NAME] [--hours N] [--data-dir DIR]</c>:
/// prints a development JWT that a silo started on the same data folder accepts, for at most
/// <see cref="DevelopmentTokens.MaxLifetime"/> (8 hours unless <c>--hours</c> says otherwise).
/// </summary>
public static class TokenCommand
{
    /// <summary>The roles the verb mints: the platform's app roles and <see cref="Hosting.OperatorPolicy.Role"/>.</summary>
    public static readonly IReadOnlyList<string> KnownRoles =
        [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer, Roles.NationalAnalyst, Roles.Integrator, Hosting.OperatorPolicy.Role];

    /// <summary>Runs the verb; returns the process exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        string? tenant = null, subject = null, dataDir = null;
        var hours = 8;
        var roles = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--tenant" when value is not null: tenant = value; i++; break;
                case "--role" when value is not null: roles.Add(value); i++; break;
                case "--subject" when value is not null: subject = value; i++; break;
                case "--data-dir" when value is not null: dataDir = value; i++; break;
                case "--hours" when int.TryParse(value, out var h) && h > 0 && h <= DevelopmentTokens.MaxLifetime.TotalHours: hours = h; i++; break;
                default:
                    error.WriteLine($"Unknown or incomplete option '{args[i]}'.");
                    return Usage(error);
            }
        }

        if (tenant is null || roles.Count == 0)
        {
            return Usage(error);
        }

        if (tenant != Roles.NationTenant && !LgCode.IsValid(tenant))
        {
            error.WriteLine($"--tenant must be a 6-digit LG code with a valid check digit, or '{Roles.NationTenant}'.");
            return 2;
        }

        if (roles.FirstOrDefault(r => !KnownRoles.Contains(r)) is { } unknown)
        {
            error.WriteLine($"Unknown role '{unknown}'. Roles: {string.Join(", ", KnownRoles)}.");
            return 2;
        }

        var folder = Path.GetFullPath(dataDir ?? Environment.GetEnvironmentVariable("Platform__DataDirectory") ?? ".data");
        output.WriteLine(DevelopmentTokens.Mint(folder, tenant, roles, subject ?? $"dev-{tenant}", TimeSpan.FromHours(hours)));
        return 0;
    }

    private static int Usage(TextWriter error)
    {
        error.WriteLine($"usage: token --tenant CODE --role ROLE [--role ROLE] [--subject NAME] [--hours 1..{DevelopmentTokens.MaxLifetime.TotalHours}] [--data-dir DIR]");
        error.WriteLine($"roles: {string.Join(", ", KnownRoles)}");
        return 2;
    }
}
