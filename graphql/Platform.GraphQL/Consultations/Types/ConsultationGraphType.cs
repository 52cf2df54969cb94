namespace Platform.GraphQL.Consultations.Types;

/// <summary>GraphQL type <c>Consultation</c>: a municipality's request for advice from its prefecture's center.</summary>
public sealed class ConsultationGraphType : ObjectGraphType<ConsultationNode>
{
    /// <summary>The type name inside global ids.</summary>
    public const string NodeType = "Consultation";

    public ConsultationGraphType()
    {
        Name = "Consultation";
        Description = "Back-office consultation (後方支援): a municipality asks its prefecture's center about a case, under the case's prefectural-consultation consent.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is ConsultationNode;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => NodeId.Encode(NodeType, ctx.Source.GrainKey));
        Field<NonNullGraphType<MunicipalityGraphType>, MunicipalityInfo>("municipality")
            .Description("The municipality that asked.")
            .Resolve(ctx => ctx.Directory().Municipality(ctx.Source.MunicipalityCode));
        Field<NonNullGraphType<ConsultationStatusEnumType>>("status").Description("Where it stands.").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<DateTimeScalarType>>("requestedAt").Description("When it was asked.").Resolve(ctx => ctx.Source.RequestedAt);
        Field<StringGraphType>("question")
            .Description("What advice is asked for. The prefecture reads it only while the consent is in force and the consultation open.")
            .ResolveAsync(async ctx => (await ctx.Source.ViewAsync())?.Consultation.Question);
        Field<ListGraphType<NonNullGraphType<ConsultationAdviceType>>>("advice")
            .Description("The center's advice, oldest first.")
            .ResolveAsync(async ctx => (await ctx.Source.ViewAsync())?.Consultation.Advice);
        Field<DateTimeScalarType>("closedAt").Description("When it was closed; null while open or answered.").ResolveAsync(async ctx => (await ctx.Source.ViewAsync())?.Consultation.ClosedAt);
        Field<ConsultationCaseSummaryType>("caseSummary")
            .Description("The pseudonymised case, read live from the case under its consent.")
            .ResolveAsync(async ctx => (await ctx.Source.ViewAsync())?.Summary);
        Field<IdGraphType>("caseId")
            .Description("The case's global id: for the municipality only, null for the prefecture.")
            .ResolveAsync(async ctx => (await ctx.Source.ViewAsync())?.Consultation is { CaseId: { } caseId } c ? CaseAccess.GlobalId(c.MunicipalityCode, caseId) : null);
    }
}
