using GraphQL.Types;
using Platform.Tenants.Programs;

namespace Platform.GraphQL.Types;

/// <summary>GraphQL type <c>DesignateProgramPayload</c>.</summary>
public sealed class DesignateProgramPayloadType : ObjectGraphType<MutationPayload<ProgramRecord>>
{
    /// <summary>Defines the fields.</summary>
    public DesignateProgramPayloadType()
    {
        Name = "DesignateProgramPayload";
        Field(x => x.ClientMutationId, nullable: true);
        Field<ProgramType>("program").Resolve(ctx => ctx.Source.Result);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Resolve(ctx => ctx.Source.Errors);
    }
}
