using Platform.GraphQL.Infrastructure;
using GraphQL.Types;
using Platform.GraphQL.Mutations;

namespace Platform.GraphQL.MutationInputs;

/// <summary>GraphQL input <c>ReportRequestStatusInput</c>.</summary>
public sealed class ReportRequestStatusInputType : InputObjectGraphType<ReportRequestStatusInput>
{
    /// <summary>Defines the fields.</summary>
    public ReportRequestStatusInputType()
    {
        Name = "ReportRequestStatusInput";
        Description = "The input of reportRequestStatus: a municipality's answers to the three requests for a fiscal year.";
        Field(x => x.ClientMutationId, nullable: true).Description(ClientMutationIds.InputDescription);
        Field(x => x.MunicipalityCode).Description("The municipality's 6-digit LG code.");
        Field(x => x.FiscalYear).Description("The fiscal year (年度).");
        Field(x => x.DeskClarified).Description("The consultation desk is named (相談窓口の明確化).");
        Field(x => x.DeskPublicized).Description("The consultation desk is made known (相談窓口の周知).");
        Field(x => x.FactFindingSurvey).Description("A fact-finding survey was run (実態把握).");
        Field(x => x.MunicipalPlatform).Description("A municipal platform is set up (市町村プラットフォーム).");
    }
}
