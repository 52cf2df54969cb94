namespace Platform.Tenants.Cases;

/// <summary>The stored state of a case number sequence.</summary>
[GenerateSerializer, Alias("platform.case-number-state.v1")]
public sealed class CaseNumberState
{
    /// <summary>The last number handed out.</summary>
    [Id(0)]
    public int Last { get; set; }
}
