using Platform.Silo.Audit;
using Platform.Silo.Identity;

namespace Platform.Silo;

/// <summary>The one executable: runs the platform, or a command-line verb.</summary>
public partial class Program
{
    /// <summary>Entry point. <c>token ...</c> mints a development token; <c>audit verify ...</c> checks the audit chains; anything else runs the platform.</summary>
    public static async Task<int> Main(string[] args)
    {
        if (args is ["token", .. var rest])
        {
            return TokenCommand.Run(rest, Console.Out, Console.Error);
        }

        if (args is ["audit", "verify", .. var auditArgs])
        {
            return await AuditVerifyCommand.RunAsync(auditArgs, Console.Out, Console.Error, CancellationToken.None);
        }

        try
        {
            var app = PlatformApp.Build(args);
            await app.RunAsync();
            return 0;
        }
        catch (PrerequisiteMissingException missing)
        {
            await Console.Error.WriteLineAsync(missing.Message);
            return 3;
        }
    }
}
