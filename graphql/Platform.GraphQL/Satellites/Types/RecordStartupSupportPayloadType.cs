using GraphQL.Types;
using Platform.GraphQL.Types;
using Platform.Tenants.Programs;

namespace Platform.GraphQL.Satellites.Types;

/// <summary>GraphQL type <c>RecordStartupSupportPayload</c>.</summary>
public sealed class RecordStartupSupportPayloadType : ObjectGraphType<MutationPayload<ProgramRecord>>
{
    /// <summary>Defines the fields.</summary>
    public RecordStartupSupportPayloadType()
    {
        Name = "RecordStartupSupportPayload";
        Field(x => x.ClientMutationId, nullable: true);
        Field<ProgramType>("program").Description("The program with its prefecturalStartupSupport flag as recorded.").Resolve(ctx => ctx.Source.Result);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Resolve(ctx => ctx.Source.Errors);
    }
}
