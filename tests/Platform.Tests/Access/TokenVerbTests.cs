using System.Text.RegularExpressions;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Platform.Tests.Access;

/// <summary>The <c>token</c> verb: what it mints, for how long, and that the docs say the same.</summary>
public sealed partial class TokenVerbTests
{
    [Fact]
    public void TokenVerb_RefusesALifetimeBeyondTheCap()
    {
        var error = new StringWriter();

        var exit = TokenCommand.Run(["--tenant", "132292", "--role", "Caseworker", "--hours", "720", "--data-dir", TestPostgres.CreateTemporaryFolder()], TextWriter.Null, error);

        Assert.Equal(2, exit);
        Assert.Contains("--hours", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TokenVerb_MintsAtMostTheCap()
    {
        var output = new StringWriter();
        var hours = (int)DevelopmentTokens.MaxLifetime.TotalHours;

        Assert.Equal(0, TokenCommand.Run(["--tenant", "nation", "--role", OperatorPolicy.Role, "--hours", hours.ToString(), "--data-dir", TestPostgres.CreateTemporaryFolder()], output, TextWriter.Null));

        var token = new JsonWebToken(output.ToString().Trim());
        Assert.Equal(DevelopmentTokens.MaxLifetime, token.ValidTo - token.ValidFrom);
        Assert.Contains(token.Claims, c => c.Type == "roles" && c.Value == OperatorPolicy.Role);
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            DevelopmentTokens.Mint(TestPostgres.CreateTemporaryFolder(), "132292", ["Caseworker"], "s", DevelopmentTokens.MaxLifetime + TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public void Docs_NameEveryRoleTheTokenVerbMints_AndDoNotSayItCannot()
    {
        var security = File.ReadAllText(Path.Combine(Root, "docs", "security.md"));
        var operations = File.ReadAllText(Path.Combine(Root, "docs", "operations.md"));
        var documentedRoles = RoleRow().Matches(security).Select(m => m.Groups[1].Value).ToHashSet();

        Assert.Equal("", string.Join(", ", TokenCommand.KnownRoles.Where(r => !documentedRoles.Contains(r))));
        Assert.DoesNotContain("does not mint", operations, StringComparison.Ordinal);
        Assert.Contains($"--role {OperatorPolicy.Role}", operations, StringComparison.Ordinal);
    }

    // A row of the role table in docs/security.md: | `Role` | ...
    [GeneratedRegex(@"^\| `(\w+)` \|", RegexOptions.Multiline)]
    private static partial Regex RoleRow();

    private static string Root
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Platform.sln")))
                {
                    return folder.FullName;
                }
            }

            throw new DirectoryNotFoundException("Platform.sln not found above the test folder.");
        }
    }
}
