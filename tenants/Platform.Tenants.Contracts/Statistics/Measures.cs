using Platform.Tenants.Activities;

namespace Platform.Tenants.Statistics;

/// <summary>The names of the published measures of people or contacts, each one table of its own.</summary>
public static class Measures
{
    /// <summary>New consultation cases.</summary>
    public const string NewCases = "newCases";

    /// <summary>Contacts, every channel.</summary>
    public const string Contacts = "contacts";

    /// <summary>Cases active in the period.</summary>
    public const string ActiveCases = "activeCases";

    /// <summary>Home visits (outreach).</summary>
    public const string OutreachVisits = "outreachVisits";

    /// <summary>Participants of an activity kind.</summary>
    public static string Participants(ActivityKind kind) => $"participants.{kind}";

    /// <summary>First-time participants of an activity kind.</summary>
    public static string FirstTimeParticipants(ActivityKind kind) => $"firstTimeParticipants.{kind}";
}
