using GraphQL.Types;

namespace Platform.GraphQL.MutationInputs;

/// <summary>GraphQL input <c>ReportRequestStatusInput</c>.</summary>
public sealed class ReportRequestStatusInputType : InputObjectGraphType<ReportRequestStatusInput>
{
    /// <summary>Defines the fields.</summary>
    public ReportRequestStatusInputType()
    {
        Name = "ReportRequestStatusInput";
        Field(x => x.ClientMutationId, nullable: true);
        Field(x => x.MunicipalityCode);
        Field(x => x.FiscalYear);
        Field(x => x.DeskClarified);
        Field(x => x.DeskPublicized);
        Field(x => x.FactFindingSurvey);
        Field(x => x.MunicipalPlatform);
    }
}
