namespace Platform.Tenants.Consultations;

/// <summary>
/// The stored state of one consultation. The question and the advice may describe the case in
/// words, so it is encrypted with the municipality's data key like a case file.
/// </summary>
[GenerateSerializer, Alias("platform.consultation-state.v1")]
public sealed class ConsultationState : ITenantOwnedState, IRemembersCommands
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

    /// <summary>Whole replies, as earlier versions remembered them (question and advice); emptied on activation.</summary>
    [Id(3)]
    public ReplyCache<ConsultationResult> FormerReplies { get; set; } = new();

    /// <summary>The commands applied, by caller and client mutation id: ids only.</summary>
    [Id(4)]
    public AppliedCommands Applied { get; set; } = new();
}
