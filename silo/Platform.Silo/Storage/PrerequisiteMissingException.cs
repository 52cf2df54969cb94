namespace Platform.Silo.Storage;

/// <summary>
/// Something the silo needs from the machine it runs on is not there, such as the
/// PostgreSQL server binaries for a local database. The message says what to install.
/// </summary>
public sealed class PrerequisiteMissingException : Exception
{
    /// <summary>Creates the exception with a message that names what to install or configure.</summary>
    /// <param name="message">What is missing and how to get it.</param>
    public PrerequisiteMissingException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the failure that revealed it.</summary>
    /// <param name="message">What is missing and how to get it.</param>
    /// <param name="innerException">The failure that revealed the missing prerequisite.</param>
    public PrerequisiteMissingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
