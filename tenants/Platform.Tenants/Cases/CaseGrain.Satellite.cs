namespace Platform.Tenants.Cases;

/// <summary>Cases a prefecture handles in one of its satellites.</summary>
public sealed partial class CaseGrain
{
    /// <summary>
    /// Records the case with the satellite of the caller's prefecture; a user error when the
    /// tenant is no prefecture or the satellite is not operating.
    /// </summary>
    private async Task<CaseResult?> AttachToSatellite(string satelliteId)
    {
        if (directory.PrefectureByLgCode(_tenant) is null || satelliteId.Contains('/', StringComparison.Ordinal))
        {
            return CaseResult.Fail("SATELLITE_NOT_FOUND", "Satellites are a prefecture's; the caller's tenant has none with this id.", "input", "satelliteId");
        }

        bool attached;
        using (CallerContext.EnterSystem(signer))
        {
            attached = await GrainFactory.Grain<ISatelliteGrain>(SatelliteRecord.GrainKey(_tenant, satelliteId)).AttachCase(_id);
        }

        return attached
            ? null
            : CaseResult.Fail("SATELLITE_NOT_OPERATING", "The satellite does not exist or is not operating.", "input", "satelliteId");
    }
}
