using GraphQL.Types;
using Platform.Tenants.Requests;

namespace Platform.GraphQL.Types;

/// <summary>GraphQL type <c>MunicipalRequestStatus</c>: one municipality's answer for one year.</summary>
public sealed class MunicipalRequestStatusType : ObjectGraphType<MunicipalRequestStatus>
{
    /// <summary>Defines the fields.</summary>
    public MunicipalRequestStatusType()
    {
        Name = "MunicipalRequestStatus";
        Field(x => x.FiscalYear);
        Field(x => x.DeskClarified);
        Field(x => x.DeskPublicized);
        Field(x => x.FactFindingSurvey);
        Field(x => x.MunicipalPlatform);
    }
}
