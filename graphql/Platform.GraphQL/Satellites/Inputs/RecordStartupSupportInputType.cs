using Platform.GraphQL.Infrastructure;
using GraphQL.Types;
using Platform.GraphQL.Mutations;

namespace Platform.GraphQL.Satellites.Inputs;

/// <summary>GraphQL input <c>RecordStartupSupportInput</c>.</summary>
public sealed class RecordStartupSupportInputType : InputObjectGraphType<RecordStartupSupportInput>
{
    /// <summary>Defines the fields.</summary>
    public RecordStartupSupportInputType()
    {
        Name = "RecordStartupSupportInput";
        Description = "The input of recordStartupSupport.";
        Field(x => x.ClientMutationId, nullable: true).Description(ClientMutationIds.InputDescription);
        Field(x => x.MunicipalityCode).Description("The municipality's 6-digit LG code.");
        Field(x => x.FiscalYear).Description("The fiscal year (年度) of the support.");
        Field<BooleanGraphType>("provided").DefaultValue(true).Description("False withdraws the record.");
    }
}
