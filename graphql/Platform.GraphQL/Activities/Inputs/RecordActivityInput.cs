using Platform.GraphQL.Mutations;

namespace Platform.GraphQL.Activities.Inputs;

/// <summary>The input of <c>recordActivity</c>; the tenant is the caller's.</summary>
public sealed class RecordActivityInput : MutationInput
{
    /// <summary>The kind of activity.</summary>
    public Tenants.Activities.ActivityKind Kind { get; set; }

    /// <summary>The day it was held.</summary>
    public DateOnly HeldOn { get; set; }

    /// <summary>People present (sessions, meetings, events).</summary>
    public int? Participants { get; set; }

    /// <summary>Of them, first-time participants (place-of-belonging sessions).</summary>
    public int? FirstTimeParticipants { get; set; }

    /// <summary>The registered place (place-of-belonging sessions).</summary>
    public string? PlaceId { get; set; }

    /// <summary>Member agencies present (network meetings).</summary>
    public int? AgenciesPresent { get; set; }

    /// <summary>A meeting of the municipal platform (network meetings).</summary>
    public bool? MunicipalPlatform { get; set; }

    /// <summary>A family seminar (family group meetings).</summary>
    public bool? FamilySeminar { get; set; }

    /// <summary>Trainees by agency type (staff training).</summary>
    public List<TraineeCountInput>? Trainees { get; set; }

    /// <summary>The survey's details (fact-finding surveys).</summary>
    public FactFindingSurveyInput? Survey { get; set; }
}
