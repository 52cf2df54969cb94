using Platform.Tenants.Consultations;

namespace Platform.GraphQL.Consultations.Types;

/// <summary>GraphQL enum <c>ConsultationStatus</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class ConsultationStatusEnumType : EnumerationGraphType<ConsultationStatus>
{
    public ConsultationStatusEnumType()
    {
        Name = "ConsultationStatus";
        Description = "Where a back-office consultation (後方支援) stands.";
    }
}
