using Platform.Tenants.Activities;

namespace Platform.Tenants.Statistics;

/// <summary>Activities of one kind in a statistics sheet: sessions are events, participants are people and may be hidden.</summary>
[GenerateSerializer, Immutable, Alias("platform.activity-sheet-row.v1")]
public sealed record ActivitySheetRow(
    [property: Id(0)] ActivityKind Kind,
    [property: Id(1)] int Sessions,
    [property: Id(2)] Cell Participants,
    [property: Id(3)] Cell FirstTimeParticipants);
