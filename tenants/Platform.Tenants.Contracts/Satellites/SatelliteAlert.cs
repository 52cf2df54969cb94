namespace Platform.Tenants.Satellites;

/// <summary>
/// An alert raised for a prefecture about one of its satellites. One per kind and planned date:
/// an extension moves the date, and the alerts of the new date are raised afresh.
/// </summary>
[GenerateSerializer, Immutable, Alias("platform.satellite-alert.v1")]
public sealed record SatelliteAlert(
    [property: Id(0)] string SatelliteId,
    [property: Id(1)] string MunicipalityCode,
    [property: Id(2)] SatelliteAlertKind Kind,
    [property: Id(3)] DateOnly PlannedTransitionOn,
    [property: Id(4)] DateOnly RaisedOn)
{
    /// <summary>What makes two alerts the same alert.</summary>
    public string Key => $"{SatelliteId}|{Kind}|{PlannedTransitionOn:yyyy-MM-dd}";
}
