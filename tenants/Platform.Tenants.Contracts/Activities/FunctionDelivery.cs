namespace Platform.Tenants.Activities;

/// <summary>Whether a tenant's records show <see cref="Function"/> delivered in a fiscal year, and how many records show it.</summary>
[GenerateSerializer, Immutable, Alias("platform.function-delivery.v1")]
public sealed record FunctionDelivery(
    [property: Id(0)] SupportFunction Function,
    [property: Id(1)] int EvidenceCount)
{
    /// <summary>True when at least one record is evidence of the function.</summary>
    public bool Delivered => EvidenceCount > 0;
}
