using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.GraphQL.Errors;

namespace Platform.GraphQL.Http;

/// <summary>
/// Serves <c>/graphql</c> as the GraphQL-over-HTTP specification describes: queries by GET or
/// POST, mutations by POST only, status codes that depend on the negotiated media type.
/// </summary>
internal sealed class GraphQLHttpHandler(
    GraphQLDocumentCache documentCache,
    GraphQLResponseWriter responseWriter,
    IOptions<GraphQLHttpOptions> options,
    ILogger<GraphQLHttpHandler> logger)
{
    private readonly int _maxRequestBytes = options.Value.MaxRequestBytes;

    /// <summary>Answers one request to <c>/graphql</c>.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        try
        {
            await HandleCoreAsync(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away while we read its body or ran its query: nobody to answer.
        }
    }

    private async Task HandleCoreAsync(HttpContext context)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            await RejectAsync(context, new(StatusCodes.Status405MethodNotAllowed, "GraphQL requests use GET or POST.", "GET, POST"), GraphQLMediaTypes.Json);
            return;
        }

        var mediaType = GraphQLMediaTypes.Negotiate(request);
        if (mediaType is null)
        {
            await RejectAsync(context, new(StatusCodes.Status406NotAcceptable,
                $"Accept {GraphQLMediaTypes.GraphQLResponseJson} or {GraphQLMediaTypes.Json}."), GraphQLMediaTypes.Json);
            return;
        }

        var (graphQLRequest, rejection) = isGet
            ? GraphQLRequestReader.ReadGet(request)
            : await GraphQLRequestReader.ReadPostAsync(request, _maxRequestBytes, context.RequestAborted);
        if (rejection is { } rejected)
        {
            await RejectAsync(context, rejected, mediaType);
            return;
        }

        GraphQLDocument document;
        try
        {
            document = documentCache.GetOrParse(graphQLRequest!.Query!);
        }
        catch (GraphQLParserException ex)
        {
            await WriteResultAsync(context, new ExecutionResult { Errors = [new DocumentParseError(ex)] }, mediaType);
            return;
        }

        // GET must be safe (proxies and prefetchers may replay it), so it never runs a mutation.
        if (isGet && SelectOperation(document, graphQLRequest.OperationName)?.Operation == OperationType.Mutation)
        {
            await RejectAsync(context, new(StatusCodes.Status405MethodNotAllowed, "Mutations must be sent with POST.", "POST"), mediaType);
            return;
        }

        var result = await ExecuteAsync(context, graphQLRequest, document);
        await WriteResultAsync(context, result, mediaType);
    }

    private async Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLRequest request, GraphQLDocument document)
    {
        var services = context.RequestServices;
        var executionOptions = new ExecutionOptions
        {
            Schema = services.GetRequiredService<ISchema>(),
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            User = context.User,
            RequestServices = services,
            UserContext = new GraphQLUserContext(context.User),
            CancellationToken = context.RequestAborted,
            ValidationRules = ValidationRules(services),
            ThrowOnUnhandledException = false,
            UnhandledExceptionDelegate = unhandled =>
            {
                GraphQLHttpLog.ResolverFailed(logger, unhandled.OriginalException, PathOf(unhandled.FieldContext?.Path), OperationNameOf(request));
                unhandled.ErrorMessage = GraphQLErrorInfoProvider.InternalMessage;
                return Task.CompletedTask;
            },
        };

        var result = await services.GetRequiredService<IDocumentExecuter>().ExecuteAsync(executionOptions);

        // Failures already logged above arrive as UnhandledError; any other error without a stable
        // code is hidden from the caller as INTERNAL, so it is logged here instead.
        foreach (var error in result.Errors ?? [])
        {
            if (error is not UnhandledError && GraphQLErrorInfoProvider.Classify(error).Code == ErrorCodes.Internal)
                GraphQLHttpLog.UncodedError(logger, error, PathOf(error.Path), OperationNameOf(request));
        }
        return result;
    }

    // The core rules, then every IValidationRule in DI (authorization, complexity...). Rules added
    // through GraphQL.NET's builder (AddValidationRule<T>) are also registered as their own type,
    // and the executer appends those itself: adding them here too would report each error twice.
    private static IValidationRule[] ValidationRules(IServiceProvider services)
    {
        var isService = services.GetService<IServiceProviderIsService>();
        return
        [
            .. DocumentValidator.CoreRules,
            .. services.GetServices<IValidationRule>().Where(rule => isService?.IsService(rule.GetType()) != true),
        ];
    }

    // The operation the executer will run, per the spec's GetOperation(); null when there is none
    // to pick, in which case execution reports the problem.
    private static GraphQLOperationDefinition? SelectOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>();
        return string.IsNullOrEmpty(operationName)
            ? (operations.Take(2).ToList() is [var only] ? only : null)
            : operations.FirstOrDefault(operation => operation.Name == operationName);
    }

    private Task WriteResultAsync(HttpContext context, ExecutionResult result, string mediaType)
    {
        // With application/graphql-response+json a response without data (the request failed
        // before execution) is a 4xx, or a 5xx when the failure was ours. Legacy application/json
        // clients get 200 for every well-formed request, as the spec asks.
        var statusCode = result.Executed || mediaType == GraphQLMediaTypes.Json ? StatusCodes.Status200OK
            : result.Errors?.Any(error => GraphQLErrorInfoProvider.Classify(error).Code == ErrorCodes.Internal) == true
                ? StatusCodes.Status500InternalServerError
                : StatusCodes.Status400BadRequest;
        return responseWriter.WriteAsync(context, result, statusCode, mediaType);
    }

    private Task RejectAsync(HttpContext context, RequestRejection rejection, string mediaType)
    {
        if (rejection.Allow is not null)
            context.Response.Headers.Allow = rejection.Allow;
        return responseWriter.WriteErrorAsync(context, rejection.StatusCode, ErrorCodes.BadUserInput, rejection.Message, mediaType);
    }

    private static string PathOf(IEnumerable<object>? path) => path is null ? "(document)" : string.Join('.', path);

    private static string OperationNameOf(GraphQLRequest request) => request.OperationName ?? "(unnamed)";
}
