namespace Platform.Silo.Storage;

/// <summary>How a <see cref="LocalPostgres"/> server trades durability for speed.</summary>
public enum LocalPostgresDurability
{
    /// <summary>PostgreSQL defaults: committed data survives a crash of the machine.</summary>
    Durable,

    /// <summary>
    /// For servers whose folder is deleted afterwards (tests): no fsync, no full-page
    /// writes, and an immediate stop without a shutdown checkpoint. Data survives a crash
    /// of the silo, not of the machine.
    /// </summary>
    Throwaway,
}
