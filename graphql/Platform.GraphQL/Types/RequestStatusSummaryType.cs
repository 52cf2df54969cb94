using GraphQL.Types;
using Platform.Tenants.Requests;

namespace Platform.GraphQL.Types;

/// <summary>GraphQL type <c>RequestStatusSummary</c>: how many municipalities did each request.</summary>
public sealed class RequestStatusSummaryType : ObjectGraphType<RequestStatusSummary>
{
    /// <summary>Defines the fields.</summary>
    public RequestStatusSummaryType()
    {
        Name = "RequestStatusSummary";
        Field(x => x.FiscalYear);
        Field(x => x.Municipalities).Description("The denominator: all municipalities in the area.");
        Field(x => x.DeskClarified);
        Field(x => x.DeskPublicized);
        Field(x => x.FactFindingSurvey);
        Field(x => x.MunicipalPlatform);
        Field(x => x.Note, nullable: true).Description("A remark of the published table, such as preliminary figures.");
    }
}
