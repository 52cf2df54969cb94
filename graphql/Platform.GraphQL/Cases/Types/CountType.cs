namespace Platform.GraphQL.Cases.Types;

/// <summary>
/// A count by an enum value, e.g. <c>{ channel: PHONE count: 3 }</c>. The statistics keep their
/// keys as the enum's names; this types them again.
/// </summary>
/// <typeparam name="TEnumType">The GraphQL enum of the key.</typeparam>
/// <typeparam name="TEnum">The CLR enum of the key.</typeparam>
public abstract class CountType<TEnumType, TEnum> : ObjectGraphType<KeyValuePair<string, int>>
    where TEnumType : EnumerationGraphType<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>Defines <paramref name="keyField"/> and <c>count</c> under <paramref name="name"/>.</summary>
    protected CountType(string name, string keyField)
    {
        Name = name;
        Description = $"How many were counted for one {keyField} value.";
        Field<NonNullGraphType<TEnumType>>(keyField).Description("The value counted.").Resolve(ctx => Enum.Parse<TEnum>(ctx.Source.Key));
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many.").Resolve(ctx => ctx.Source.Value);
    }
}

/// <summary>GraphQL type <c>AgeBandCount</c>.</summary>
public sealed class AgeBandCountType() : CountType<EnumerationGraphType<AgeBand>, AgeBand>("AgeBandCount", "ageBand");

/// <summary>GraphQL type <c>ClosureReasonCount</c>.</summary>
public sealed class ClosureReasonCountType() : CountType<ClosureReasonEnumType, ClosureReason>("ClosureReasonCount", "reason");

/// <summary>GraphQL type <c>ContactChannelCount</c>.</summary>
public sealed class ContactChannelCountType() : CountType<EnumerationGraphType<ContactChannel>, ContactChannel>("ContactChannelCount", "channel");

/// <summary>GraphQL type <c>GenderCount</c>.</summary>
public sealed class GenderCountType() : CountType<GenderEnumType, Gender>("GenderCount", "gender");

/// <summary>GraphQL type <c>ReferralDestinationCount</c>.</summary>
public sealed class ReferralDestinationCountType() : CountType<ReferralDestinationEnumType, ReferralDestination>("ReferralDestinationCount", "destination");
