using System.Reflection;

namespace Platform.Silo.Web;

/// <summary>
/// Where the built web app is (section <c>Web</c>): <c>Web:Root</c>, else <c>wwwroot</c> beside the
/// silo's binaries (the container image), else the source tree's <c>web/dist</c> that the build
/// wrote (a developer's machine and the tests).
/// </summary>
public sealed class WebAppOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Web";

    /// <summary>The folder holding <c>index.html</c> and <c>assets/</c>; empty = found as described above.</summary>
    public string? Root { get; set; }

    /// <summary>The folder the app is served from, absolute.</summary>
    public string RootPath(string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(Root))
        {
            return Path.GetFullPath(Root, contentRoot);
        }

        var published = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (File.Exists(Path.Combine(published, "index.html")))
        {
            return published;
        }

        return SourceTreeDist() ?? published;
    }

    /// <summary>The source tree's <c>web/dist</c>, recorded in the assembly by the build.</summary>
    private static string? SourceTreeDist() =>
        typeof(WebAppOptions).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "Platform.WebDist")?.Value is { Length: > 0 } path
            ? Path.GetFullPath(path)
            : null;
}
