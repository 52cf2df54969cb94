namespace Platform.GraphQL.Activities.Types;

/// <summary>GraphQL type <c>ConsultationDesk</c> (相談窓口).</summary>
public sealed class ConsultationDeskType : ObjectGraphType<ConsultationDesk>
{
    public ConsultationDeskType()
    {
        Name = "ConsultationDesk";
        Description = "A tenant's consultation desk (相談窓口).";
        Field(x => x.Name).Description("The desk's name.");
        Field(x => x.Phone, nullable: true).Description("Its phone number.");
        Field(x => x.Hours, nullable: true).Description("Its opening hours, as free text.");
        Field(x => x.Url, nullable: true).Description("Its web page.");
        Field(x => x.Address, nullable: true).Description("Its address.");
    }
}
