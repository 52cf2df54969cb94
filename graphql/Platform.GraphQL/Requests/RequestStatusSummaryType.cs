using Platform.Tenants.Requests;

namespace Platform.GraphQL.Requests;

/// <summary>GraphQL type <c>RequestStatusSummary</c>: how many municipalities did each request.</summary>
public sealed class RequestStatusSummaryType : ObjectGraphType<RequestStatusSummary>
{
    public RequestStatusSummaryType()
    {
        Name = "RequestStatusSummary";
        Field(x => x.FiscalYear).Description("The fiscal year (年度) counted.");
        Field(x => x.Municipalities).Description("The denominator: all municipalities in the area.");
        Field(x => x.DeskClarified).Description("Municipalities that named their consultation desk (相談窓口の明確化).");
        Field(x => x.DeskPublicized).Description("Municipalities that made their consultation desk known (相談窓口の周知).");
        Field(x => x.FactFindingSurvey).Description("Municipalities that ran a fact-finding survey (実態把握).");
        Field(x => x.MunicipalPlatform).Description("Municipalities that set up a municipal platform (市町村プラットフォーム).");
        Field(x => x.Note, nullable: true).Description("A remark of the published table, such as preliminary figures.");
    }
}
