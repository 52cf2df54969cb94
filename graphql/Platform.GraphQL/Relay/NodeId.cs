using System.Buffers.Text;
using System.Text;

namespace Platform.GraphQL.Relay;

/// <summary>
/// Opaque global ids: base64url of "Type:key". Clients must treat them as opaque; the encoding
/// is ours to change.
/// </summary>
public static class NodeId
{
    /// <summary>The global id of the object of <paramref name="type"/> with <paramref name="key"/>.</summary>
    public static string Encode(string type, string key) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{type}:{key}"));

    /// <summary>The type and key of a global id; <c>BAD_USER_INPUT</c> when it is not one of ours.</summary>
    public static (string Type, string Key) Decode(string id)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(id));
            var colon = text.IndexOf(':');
            if (colon > 0 && colon < text.Length - 1)
            {
                return (text[..colon], text[(colon + 1)..]);
            }
        }
        catch (FormatException)
        {
            // Falls through to the error below: the id is not one we issued.
        }

        throw new ApiException(ErrorCodes.BadUserInput, "The id is not a valid global id.");
    }

    /// <summary>
    /// True for the keys we issue to a tenant's own objects (cases, consultations, work items):
    /// "{6-digit LG code}/{32 lower-case hex}". Anything else is refused before it can name (and
    /// activate) a grain.
    /// </summary>
    public static bool IsTenantKey(string key) =>
        key.Length == 39 && key[6] == '/' && !key.AsSpan(0, 6).ContainsAnyExcept("0123456789")
        && !key.AsSpan(7).ContainsAnyExcept("0123456789abcdef");
}
