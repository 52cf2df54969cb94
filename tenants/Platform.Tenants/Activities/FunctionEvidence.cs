namespace Platform.Tenants.Activities;

/// <summary>
/// Which records are evidence of which support function. Consultation: cases opened plus
/// contacts recorded in the year (the case counters). Place of belonging: sessions. Network:
/// network and municipal-platform meetings. Peer and family groups: peer group and family group
/// meetings (family seminars included). Public awareness: awareness events and lectures.
/// Outreach: home visits recorded on cases. Fact finding: fact-finding surveys. Staff training
/// is a prefecture's own task, not one of the functions, and is evidence of none.
/// </summary>
public static class FunctionEvidence
{
    /// <summary>Every support function with its evidence count, in the enum's order.</summary>
    /// <param name="activities">The tenant's activities held in the fiscal year.</param>
    /// <param name="cases">The tenant's case counters of the fiscal year.</param>
    public static ImmutableArray<FunctionDelivery> Count(IReadOnlyCollection<Activity> activities, CaseStatistics cases)
    {
        int Of(params ActivityKind[] kinds) => activities.Count(a => kinds.Contains(a.Kind));
        return [.. Enum.GetValues<SupportFunction>().Select(function => new FunctionDelivery(function, function switch
        {
            SupportFunction.Consultation => cases.NewCases + cases.ContactsByChannel.Values.Sum(),
            SupportFunction.PlaceOfBelonging => Of(ActivityKind.PlaceOfBelongingSession),
            SupportFunction.Network => Of(ActivityKind.NetworkMeeting),
            SupportFunction.PeerAndFamilyGroups => Of(ActivityKind.PeerGroupMeeting, ActivityKind.FamilyGroupMeeting),
            SupportFunction.PublicAwareness => Of(ActivityKind.AwarenessEvent),
            SupportFunction.Outreach => cases.ContactsByChannel.GetValueOrDefault(nameof(ContactChannel.HomeVisit)),
            SupportFunction.FactFinding => Of(ActivityKind.FactFindingSurvey),
            _ => 0,
        }))];
    }

    /// <summary>The program against its tier's rules; flagged once <paramref name="today"/> is past the fiscal year.</summary>
    public static TierDelivery Judge(ProgramRecord program, ImmutableArray<FunctionDelivery> delivery, DateOnly today)
    {
        var required = TierRules.RequiredFunctions(program.Tier);
        var delivered = delivery.Where(d => d.Delivered).Select(d => d.Function);
        return new TierDelivery(program.FiscalYear, program.Tier, required, TierRules.Missing(program.Tier, delivered), today > FiscalYear.EndOf(program.FiscalYear));
    }
}
