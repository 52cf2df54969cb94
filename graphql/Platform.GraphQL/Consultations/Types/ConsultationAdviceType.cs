using Platform.Tenants.Consultations;

namespace Platform.GraphQL.Consultations.Types;

/// <summary>GraphQL type <c>ConsultationAdvice</c>.</summary>
public sealed class ConsultationAdviceType : ObjectGraphType<ConsultationAdvice>
{
    public ConsultationAdviceType()
    {
        Name = "ConsultationAdvice";
        Field(x => x.Advice).Description("The advice given.");
        Field(x => x.By).Description("The subject of the adviser.");
        Field<NonNullGraphType<DateTimeScalarType>>("at").Description("When it was given.").Resolve(ctx => ctx.Source.At);
    }
}
