using Platform.GraphQL.Infrastructure;
using GraphQL.Types;
using Platform.GraphQL.Types;
using Platform.GraphQL.Mutations;

namespace Platform.GraphQL.MutationInputs;

/// <summary>GraphQL input <c>DesignateProgramInput</c>.</summary>
public sealed class DesignateProgramInputType : InputObjectGraphType<DesignateProgramInput>
{
    /// <summary>Defines the fields.</summary>
    public DesignateProgramInputType()
    {
        Name = "DesignateProgramInput";
        Description = "The input of designateProgram: one municipality or one prefecture, the fiscal year, tier, functions and operator.";
        Field(x => x.ClientMutationId, nullable: true).Description(ClientMutationIds.InputDescription);
        Field(x => x.MunicipalityCode, nullable: true).Description("The municipality's 6-digit LG code; give this or prefectureCode.");
        Field(x => x.PrefectureCode, nullable: true).Description("The prefecture's 2-digit code or LG code; give this or municipalityCode.");
        Field(x => x.FiscalYear).Description("The fiscal year (年度).");
        Field<NonNullGraphType<ProgramTierEnumType>>("tier").Description("The program's tier.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupportFunctionEnumType>>>>("functions").Description("The functions it delivers.");
        Field<ProgramOperatorInputType>("operator").Description("Who runs it; null when not known.");
    }
}
