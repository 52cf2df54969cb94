using Platform.GraphQL.Consultations.Types;
using Platform.GraphQL.Satellites;
using Platform.Tenants.Access;

namespace Platform.GraphQL.Relay;

/// <summary>
/// The tenant a global id points into, read from the id alone (no grain is touched): a case's
/// and a consultation's id name their municipality or prefecture, a satellite's id names a
/// municipality whose prefecture holds it. Public objects (municipalities, prefectures) and ids
/// that are not ours point into no tenant.
/// </summary>
internal static class NodeOwners
{
    /// <summary>The LG code of the tenant that owns the object of <paramref name="globalId"/>, or null.</summary>
    public static string? TenantOf(string globalId, TenantDirectory directory)
    {
        string type, key;
        try
        {
            (type, key) = NodeId.Decode(globalId);
        }
        catch (ApiException)
        {
            return null;
        }

        var slash = key.IndexOf('/');
        return type switch
        {
            CaseAccess.NodeType or ConsultationGraphType.NodeType when slash == 6 && directory.IsTenant(key[..6]) => key[..6],
            SatelliteAccess.NodeType when key.Length > 6 && directory.Municipality(key[..6]) is { } municipality =>
                directory.Prefecture(municipality.PrefectureCode)?.LgCode,
            _ => null,
        };
    }
}
