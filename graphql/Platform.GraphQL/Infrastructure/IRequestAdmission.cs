using Microsoft.AspNetCore.Http;

namespace Platform.GraphQL.Infrastructure;

/// <summary>
/// Whether an HTTP request beside <c>/graphql</c> (the statistics CSV) may run now. The
/// GraphQL-over-HTTP layer implements it with the callers' rate limit of <c>/graphql</c> and
/// writes the refusal itself; the schema project does not depend on that layer.
/// </summary>
public interface IRequestAdmission
{
    /// <summary>True when the request may run; false once the refusal has been written.</summary>
    ValueTask<bool> AdmitAsync(HttpContext context);
}
