namespace Platform.Silo.Hosting;

/// <summary>The authorization policy for operator tools (the Orleans Dashboard).</summary>
public static class OperatorPolicy
{
    /// <summary>The policy name.</summary>
    public const string Name = "PlatformOperator";

    /// <summary>
    /// The role a token must carry (claim <c>roles</c>). Operators run the platform; the role
    /// grants no access to any tenant's data through the API.
    /// </summary>
    public const string Role = "PlatformOperator";
}
