using GraphQL.Types;

namespace Platform.GraphQL.Satellites.Inputs;

/// <summary>GraphQL input <c>RecordStartupSupportInput</c>.</summary>
public sealed class RecordStartupSupportInputType : InputObjectGraphType<RecordStartupSupportInput>
{
    /// <summary>Defines the fields.</summary>
    public RecordStartupSupportInputType()
    {
        Name = "RecordStartupSupportInput";
        Field(x => x.ClientMutationId, nullable: true);
        Field(x => x.MunicipalityCode);
        Field(x => x.FiscalYear);
        Field<BooleanGraphType>("provided").DefaultValue(true).Description("False withdraws the record.");
    }
}
