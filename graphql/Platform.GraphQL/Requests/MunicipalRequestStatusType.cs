using Platform.Tenants.Requests;

namespace Platform.GraphQL.Requests;

/// <summary>GraphQL type <c>MunicipalRequestStatus</c>: one municipality's answer for one year.</summary>
public sealed class MunicipalRequestStatusType : ObjectGraphType<MunicipalRequestStatus>
{
    public MunicipalRequestStatusType()
    {
        Name = "MunicipalRequestStatus";
        Field(x => x.FiscalYear).Description("The fiscal year (年度) reported.");
        Field(x => x.DeskClarified).Description("The municipality named its consultation desk (相談窓口の明確化).");
        Field(x => x.DeskPublicized).Description("The municipality made its consultation desk known (相談窓口の周知).");
        Field(x => x.FactFindingSurvey).Description("The municipality ran a fact-finding survey (実態把握).");
        Field(x => x.MunicipalPlatform).Description("The municipality set up its municipal platform (市町村プラットフォーム).");
    }
}
