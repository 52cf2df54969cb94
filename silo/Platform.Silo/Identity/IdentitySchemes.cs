namespace Platform.Silo.Identity;

/// <summary>Names of the authentication schemes.</summary>
public static class IdentitySchemes
{
    /// <summary>The default scheme: picks one of the two below by the token's issuer.</summary>
    public const string Platform = "Platform";

    /// <summary>Tokens from Microsoft Entra ID (production).</summary>
    public const string Entra = "Entra";

    /// <summary>Tokens signed by the development key in the data folder (local runs and tests).</summary>
    public const string Development = "Development";
}
