using Platform.Tenants.Common;
using Platform.Tenants.Security;

namespace Platform.Tenants.Consultations;

/// <summary>
/// The stored state of one consultation. The question and the advice may describe the case in
/// words, so it is encrypted with the municipality's data key like a case file.
/// </summary>
[GenerateSerializer, Alias("platform.consultation-state.v1")]
public sealed class ConsultationState : ITenantOwnedState
{
    /// <inheritdoc />
    [Id(0)]
    public string TenantCode { get; set; } = "";

    /// <summary>The consultation; null until it is opened.</summary>
    [Id(1)]
    public ConsultationRecord? Record { get; set; }

    /// <summary>The prefecture's list may be behind (stored with the change).</summary>
    [Id(2)]
    public bool IndexPending { get; set; }

    /// <summary>Replies by caller and client mutation id.</summary>
    [Id(3)]
    public ReplyCache<ConsultationResult> Replies { get; set; } = new();
}
