using System.Reflection;

namespace Platform.Silo.Orleans;

/// <summary>
/// Retries, a few times within about a second, a grain call made by a request (not by a grain)
/// that failed only because its grain was moving between silos: a silo that is stopping rejects
/// it, or a silo that leaves breaks the calls it had not answered yet. The caller then never
/// sees a rolling restart.
/// </summary>
/// <remarks>
/// A rejected message was never run, so any call may be sent again. A broken call
/// (<see cref="SiloUnavailableException"/>) or a failed write (<see cref="Tenants.Common.StorageUnavailableException"/>:
/// the database, or another activation that wrote first) may have been applied, so it is sent
/// again only when that is harmless: a read (<c>Get</c>, <c>Find</c>, <c>List</c> methods) or a
/// write that carries a <c>clientMutationId</c>, which the grain answers with its first reply.
/// A write applied twice by two activations cannot happen: the second's state is stale and its
/// write fails the version (ETag) check. Calls made by grains are left alone: retrying deep in a
/// call chain would multiply the waits.
/// </remarks>
public sealed class TransientCallRetry(ILogger<TransientCallRetry> logger) : IOutgoingGrainCallFilter
{
    /// <summary>The pauses before each retry.</summary>
    public static readonly TimeSpan[] Pauses = [TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(500)];

    private static readonly ConcurrentDictionary<MethodInfo, int> MutationIdArgument = new();

    /// <inheritdoc />
    public async Task Invoke(IOutgoingGrainCallContext context)
    {
        if (context.SourceContext is not null)
        {
            await context.Invoke();
            return;
        }

        for (var attempt = 0; ; attempt++)
        {
            Exception? failure;
            try
            {
                await context.Invoke();
                failure = context.Response?.Exception;
            }
            catch (Exception ex) when (attempt < Pauses.Length && MayRetry(context, ex))
            {
                failure = ex;
            }

            if (failure is null || attempt >= Pauses.Length || !MayRetry(context, failure))
            {
                return;
            }

            logger.LogInformation("{Interface}.{Method} failed with {Failure}; retry {Attempt} in {Pause}",
                context.InterfaceName, context.MethodName, failure.GetType().Name, attempt + 1, Pauses[attempt]);
            await Task.Delay(Pauses[attempt]);
        }
    }

    /// <summary>True when <paramref name="failure"/> of <paramref name="context"/>'s call may be sent again.</summary>
    public static bool MayRetry(IGrainCallContext context, Exception failure)
    {
        ArgumentNullException.ThrowIfNull(context);
        for (var e = failure; e is not null; e = e.InnerException)
        {
            if (e is OrleansMessageRejectionException)
                return true;
            if (e is SiloUnavailableException or Tenants.Common.StorageUnavailableException)
                return IsRepeatable(context);
        }

        return false;
    }

    // A read, or a write whose clientMutationId makes a second delivery return the first reply.
    private static bool IsRepeatable(IGrainCallContext context)
    {
        var name = context.MethodName;
        if (name.StartsWith("Get", StringComparison.Ordinal) || name.StartsWith("Find", StringComparison.Ordinal) || name.StartsWith("List", StringComparison.Ordinal))
            return true;

        var index = MutationIdArgument.GetOrAdd(context.InterfaceMethod, static method =>
            Array.FindIndex(method.GetParameters(), p => p.Name == "clientMutationId" && p.ParameterType == typeof(string)));
        return index >= 0 && context.Request.GetArgument(index) is string { Length: > 0 };
    }
}
