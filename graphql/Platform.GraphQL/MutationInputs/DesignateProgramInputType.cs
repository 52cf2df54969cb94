using GraphQL.Types;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.MutationInputs;

/// <summary>GraphQL input <c>DesignateProgramInput</c>.</summary>
public sealed class DesignateProgramInputType : InputObjectGraphType<DesignateProgramInput>
{
    /// <summary>Defines the fields.</summary>
    public DesignateProgramInputType()
    {
        Name = "DesignateProgramInput";
        Field(x => x.ClientMutationId, nullable: true);
        Field(x => x.MunicipalityCode, nullable: true);
        Field(x => x.PrefectureCode, nullable: true);
        Field(x => x.FiscalYear);
        Field<NonNullGraphType<ProgramTierEnumType>>("tier");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupportFunctionEnumType>>>>("functions");
        Field<ProgramOperatorInputType>("operator");
    }
}
