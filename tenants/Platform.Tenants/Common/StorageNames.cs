namespace Platform.Tenants.Common;

/// <summary>Names of the grain storage providers the grains persist to.</summary>
public static class StorageNames
{
    /// <summary>The platform's grain state store (PostgreSQL, or memory when asked for).</summary>
    public const string Platform = "platform";
}
