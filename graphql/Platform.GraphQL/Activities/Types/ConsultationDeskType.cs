using GraphQL.Types;
using Platform.Tenants.Activities;

namespace Platform.GraphQL.Activities.Types;

/// <summary>GraphQL type <c>ConsultationDesk</c> (相談窓口).</summary>
public sealed class ConsultationDeskType : ObjectGraphType<ConsultationDesk>
{
    /// <summary>Defines the fields.</summary>
    public ConsultationDeskType()
    {
        Name = "ConsultationDesk";
        Description = "A tenant's consultation desk (相談窓口).";
        Field(x => x.Name);
        Field(x => x.Phone, nullable: true);
        Field(x => x.Hours, nullable: true);
        Field(x => x.Url, nullable: true);
        Field(x => x.Address, nullable: true);
    }
}
