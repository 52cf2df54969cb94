namespace Platform.GraphQL.Programs;

/// <summary>GraphQL enum <c>OperatorKind</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class OperatorKindEnumType : EnumerationGraphType<OperatorKind>
{
    public OperatorKindEnumType()
    {
        Name = "OperatorKind";
        Description = "How a program is run: directly (直営) or commissioned (委託).";
    }
}

/// <summary>GraphQL enum <c>ProgramTier</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class ProgramTierEnumType : EnumerationGraphType<ProgramTier>
{
    public ProgramTierEnumType()
    {
        Name = "ProgramTier";
        Description = "The tier of a support program, from the most complete to the entry step.";
    }
}

/// <summary>GraphQL enum <c>SupportFunction</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class SupportFunctionEnumType : EnumerationGraphType<SupportFunction>
{
    public SupportFunctionEnumType()
    {
        Name = "SupportFunction";
        Description = "A function of hikikomori support; ① to ⑤ are the core ones, outreach and fact-finding optional.";
    }
}
