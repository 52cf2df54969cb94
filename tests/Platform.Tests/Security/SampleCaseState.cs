using Platform.Tenants.Security;

namespace Platform.Tests.Security;

/// <summary>A stand-in for a case grain's state: tenant-owned and full of personal data.</summary>
public sealed class SampleCaseState : ITenantOwnedState
{
    /// <inheritdoc/>
    public string TenantCode { get; set; } = string.Empty;

    /// <summary>The person's name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The name in kana.</summary>
    public string Kana { get; set; } = string.Empty;

    /// <summary>Consultation notes.</summary>
    public List<string> Notes { get; set; } = [];
}
