namespace Platform.Tests.Security;

/// <summary>A stand-in for directory state (a municipality, the nation): no tenant, no personal data.</summary>
public sealed class SampleDirectoryState
{
    /// <summary>A public name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>A public figure.</summary>
    public int Total { get; set; }
}
