namespace Platform.GraphQL.Http;

/// <summary>
/// Serves <c>/graphql</c> as the GraphQL-over-HTTP specification describes: queries by GET or
/// POST, mutations by POST only, status codes that depend on the negotiated media type. Every
/// limit of <see cref="GraphQLLimitsOptions"/> is enforced before a resolver runs.
/// </summary>
internal sealed class GraphQLHttpHandler(
    RequestDocuments documents,
    DocumentLimits documentLimits,
    ValidationRuleSets validationRules,
    CallerRateLimiter rateLimiter,
    GraphQLConcurrencyGate concurrency,
    GraphQLResponseWriter responseWriter,
    ISchema schema,
    IDocumentExecuter executer,
    IOptions<GraphQLHttpOptions> options,
    IOptions<GraphQLLimitsOptions> limits,
    GraphQLStageTimings timings,
    ILogger<GraphQLHttpHandler> logger)
{
    private readonly int _maxRequestBytes = options.Value.MaxRequestBytes;
    private readonly TimeSpan _executionTimeout = limits.Value.ExecutionTimeout;
    private readonly int _publicMaxAge = options.Value.PublicCacheMaxAgeSeconds;

    /// <summary>Answers one request to <c>/graphql</c>.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        // Nothing is stored unless it is shown below to be public.
        context.Response.Headers.CacheControl = "private, no-store";
        try
        {
            if (!await GraphQLRateLimiting.AdmitAsync(context, rateLimiter, responseWriter, logger))
                return;
            using var slot = await GraphQLLoadShedding.EnterAsync(context, concurrency, responseWriter, logger);
            timings.Mark(context, GraphQLStageTimings.Stage.RateLimiter);
            if (slot is not null)
                await HandleCoreAsync(context);
            timings.End(context);
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
        timings.Mark(context, GraphQLStageTimings.Stage.ReadRequest);

        var (document, refused, error) = documents.Find(graphQLRequest!);
        if (refused is { } refusal)
        {
            await RejectAsync(context, refusal, mediaType);
            return;
        }
        // Structural limits come before validation: some validation rules cost the square of the
        // number of fields, so a document over the limits must not reach them.
        error ??= documentLimits.Check(document!.Shape);
        timings.Mark(context, GraphQLStageTimings.Stage.DocumentCache);
        if (error is not null)
        {
            await WriteResultAsync(context, new ExecutionResult { Errors = [error] }, mediaType);
            return;
        }

        var operation = SelectOperation(document!.Document, graphQLRequest!.OperationName);
        if (operation?.Operation == OperationType.Subscription)
        {
            // Subscriptions need a lasting connection, which this endpoint does not keep: the
            // request is invalid here, whatever the schema declares.
            var unsupported = new ValidationError(document.Document.Source, null,
                "This endpoint does not serve subscriptions; send a query or a mutation.", operation)
            { Code = "SUBSCRIPTION_NOT_SUPPORTED" };
            await WriteResultAsync(context, new ExecutionResult { Errors = [unsupported] }, mediaType);
            return;
        }

        // GET must be safe (proxies and prefetchers may replay it), so it never runs a mutation.
        if (isGet && operation?.Operation == OperationType.Mutation)
        {
            await RejectAsync(context, new(StatusCodes.Status405MethodNotAllowed, "Mutations must be sent with POST.", "POST"), mediaType);
            return;
        }

        var result = await ExecuteAsync(context, graphQLRequest!, document!);
        await WriteResultAsync(context, result, mediaType, publicCandidate: isGet && operation?.Operation == OperationType.Query);
        timings.Mark(context, GraphQLStageTimings.Stage.Serialisation);
    }

    private async Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLRequest request, ParsedDocument document)
    {
        var services = context.RequestServices;
        var callerKey = ValidationRuleSets.CallerKey(context.User);
        var rules = validationRules.For(document, schema, callerKey);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(_executionTimeout);
        var executionOptions = new ExecutionOptions
        {
            Schema = schema,
            Query = request.Query,
            Document = document.Document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            User = context.User,
            RequestServices = services,
            UserContext = new GraphQLUserContext(context.User),
            CancellationToken = timeout.Token,
            ValidationRules = rules,
            ThrowOnUnhandledException = false,
            UnhandledExceptionDelegate = unhandled =>
            {
                if (TransientFaults.IsTransient(unhandled.OriginalException))
                    GraphQLHttpLog.TransientFault(logger, unhandled.OriginalException.GetType().Name, PathOf(unhandled.FieldContext?.Path), OperationNameOf(request));
                else
                    GraphQLHttpLog.ResolverFailed(logger, unhandled.OriginalException, PathOf(unhandled.FieldContext?.Path), OperationNameOf(request));
                unhandled.ErrorMessage = GraphQLErrorInfoProvider.InternalMessage;
                return Task.CompletedTask;
            },
        };

        if (timings.ListenerFor(context) is { } listener)
            executionOptions.Listeners.Add(listener);

        // Validation is synchronous CPU work inside ExecuteAsync; started on the thread pool, it
        // runs under the timeout below like the resolvers do, instead of before the wait begins.
        // The token also reaches the validator, which stops between nodes once it is cancelled.
        // With no rule to run (a plain query this caller's roles passed before) there is no such
        // work, and the hop to the thread pool would only cost time.
        var execution = rules.Length == 0 ? executer.ExecuteAsync(executionOptions) : Task.Run(() => executer.ExecuteAsync(executionOptions), timeout.Token);
        ExecutionResult result;
        try
        {
            // WaitAsync bounds the wait even for a resolver that ignores the token.
            result = await execution.WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
        {
            _ = execution.ContinueWith(static abandoned => abandoned.Exception, TaskContinuationOptions.OnlyOnFaulted);
            GraphQLHttpLog.ExecutionTimedOut(logger, OperationNameOf(request), _executionTimeout);
            return new ExecutionResult
            {
                Executed = true,
                Errors = [new ApiException(ErrorCodes.QueryTooComplex,
                    $"The query did not finish within {_executionTimeout.TotalSeconds:0.###} s (GraphQL:Limits:ExecutionTimeout) and was cancelled.")],
            };
        }

        // Reaching execution means every rule passed: next time the schema-only ones can be skipped,
        // and for a plain query all of ours for a caller with the same roles.
        if (result.Executed)
        {
            document.MarkPassedDocumentRules(schema);
            document.MarkPassedFor(schema, callerKey);
        }

        // Failures already logged above arrive as UnhandledError; any other error without a stable
        // code is hidden from the caller as INTERNAL, so it is logged here instead.
        if (result.Errors is { Count: > 0 } errors)
        {
            foreach (var error in errors)
            {
                if (error is not UnhandledError && GraphQLErrorInfoProvider.Classify(error).Code == ErrorCodes.Internal)
                    GraphQLHttpLog.UncodedError(logger, error, PathOf(error.Path), OperationNameOf(request));
            }
        }
        return result;
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

    private Task WriteResultAsync(HttpContext context, ExecutionResult result, string mediaType, bool publicCandidate = false)
    {
        // With application/graphql-response+json a response without data (the request failed
        // before execution) is a 4xx, or a 5xx when the failure was ours. Legacy application/json
        // clients get 200 for every well-formed request, as the spec asks.
        var statusCode = result.Executed || mediaType == GraphQLMediaTypes.Json ? StatusCodes.Status200OK
            : result.Errors?.Any(error => GraphQLErrorInfoProvider.Classify(error).Code == ErrorCodes.Internal) == true
                ? StatusCodes.Status500InternalServerError
                : StatusCodes.Status400BadRequest;
        if (UnavailableResponse.Applies(result))
        {
            statusCode = StatusCodes.Status503ServiceUnavailable;
            UnavailableResponse.SetRetryAfter(context.Response);
        }

        // Only what any anonymous caller would get may be stored by shared caches: a GET query
        // (mutations are POST only) that succeeded entirely, asked without a token.
        if (publicCandidate && _publicMaxAge > 0 && statusCode == StatusCodes.Status200OK && result.Executed
            && result.Errors is not { Count: > 0 } && IsAnonymous(context))
            return responseWriter.WritePublicAsync(context, result, mediaType, _publicMaxAge);
        return responseWriter.WriteAsync(context, result, statusCode, mediaType);
    }

    private Task RejectAsync(HttpContext context, RequestRejection rejection, string mediaType)
    {
        if (rejection.Allow is not null)
            context.Response.Headers.Allow = rejection.Allow;
        return responseWriter.WriteErrorAsync(context, rejection.StatusCode, ErrorCodes.BadUserInput, rejection.Message, mediaType);
    }

    private static bool IsAnonymous(HttpContext context) =>
        context.User.Identity?.IsAuthenticated != true && context.Request.Headers.Authorization.Count == 0;

    private static string PathOf(IEnumerable<object>? path) => path is null ? "(document)" : string.Join('.', path);

    private static string OperationNameOf(GraphQLRequest request) => request.OperationName ?? "(unnamed)";
}
