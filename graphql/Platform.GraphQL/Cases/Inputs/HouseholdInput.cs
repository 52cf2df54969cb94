namespace Platform.GraphQL.Cases.Inputs;

/// <summary>The household.</summary>
public sealed class HouseholdInput
{
    /// <summary>An 8050 household (false when not given).</summary>
    public bool? Is8050 { get; set; }

    /// <summary>The members besides the person.</summary>
    public List<HouseholdMemberInput>? Members { get; set; }
}
