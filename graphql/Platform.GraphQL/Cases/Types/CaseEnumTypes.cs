namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL enum <c>CaseStatus</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class CaseStatusEnumType : EnumerationGraphType<CaseStatus>
{
    public CaseStatusEnumType()
    {
        Name = "CaseStatus";
        Description = "Where a case stands in its life cycle.";
    }
}

/// <summary>GraphQL enum <c>ClosureReason</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class ClosureReasonEnumType : EnumerationGraphType<ClosureReason>
{
    public ClosureReasonEnumType()
    {
        Name = "ClosureReason";
        Description = "Why a case was closed (終結理由).";
    }
}

/// <summary>GraphQL enum <c>Concern</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class ConcernEnumType : EnumerationGraphType<Concern>
{
    public ConcernEnumType()
    {
        Name = "Concern";
        Description = "A concern recorded on a case.";
    }
}

/// <summary>GraphQL enum <c>ConsentGiver</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class ConsentGiverEnumType : EnumerationGraphType<ConsentGiver>
{
    public ConsentGiverEnumType()
    {
        Name = "ConsentGiver";
        Description = "Who gave a consent: the person (本人の同意) or family on their behalf (家族による代理同意).";
    }
}

/// <summary>GraphQL enum <c>ConsentPurpose</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class ConsentPurposeEnumType : EnumerationGraphType<ConsentPurpose>
{
    public ConsentPurposeEnumType()
    {
        Name = "ConsentPurpose";
        Description = "What a consent (同意) allows.";
    }
}

/// <summary>GraphQL enum <c>ContactParty</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class ContactPartyEnumType : EnumerationGraphType<ContactParty>
{
    public ContactPartyEnumType()
    {
        Name = "ContactParty";
        Description = "With whom a contact took place.";
    }
}

/// <summary>GraphQL enum <c>Gender</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class GenderEnumType : EnumerationGraphType<Gender>
{
    public GenderEnumType()
    {
        Name = "Gender";
        Description = "The person's gender, as recorded.";
    }
}

/// <summary>GraphQL enum <c>ReferralDestination</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class ReferralDestinationEnumType : EnumerationGraphType<ReferralDestination>
{
    public ReferralDestinationEnumType()
    {
        Name = "ReferralDestination";
        Description = "The kind of agency a case is referred to (つなぎ先).";
    }
}

/// <summary>GraphQL enum <c>ReferralSource</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class ReferralSourceEnumType : EnumerationGraphType<ReferralSource>
{
    public ReferralSourceEnumType()
    {
        Name = "ReferralSource";
        Description = "Who first brought a case (相談経路).";
    }
}

/// <summary>GraphQL enum <c>WithdrawalDuration</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class WithdrawalDurationEnumType : EnumerationGraphType<WithdrawalDuration>
{
    public WithdrawalDurationEnumType()
    {
        Name = "WithdrawalDuration";
        Description = "How long the person has been withdrawn (ひきこもり期間).";
    }
}
