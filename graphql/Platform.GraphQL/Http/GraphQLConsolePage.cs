using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Platform.GraphQL.Http;

/// <summary>
/// A small GraphiQL-like console at <c>/graphql/ui</c>: one self-contained page (no CDN, no
/// external assets) to type a query, variables and an optional token and see the JSON answer.
/// </summary>
internal static class GraphQLConsolePage
{
    private const string Style = """
        body { margin: 0; font: 14px/1.5 system-ui, sans-serif; color: #1f2328; background: #f6f8fa; }
        header { display: flex; gap: 1rem; align-items: baseline; padding: .75rem 1rem; background: #24292f; color: #fff; }
        header h1 { margin: 0; font-size: 1.1rem; }
        header a { color: #9cd0ff; }
        main { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1rem; padding: 1rem; }
        section { display: flex; flex-direction: column; gap: .35rem; }
        label { font-weight: 600; }
        textarea, input, select, pre { font: 13px/1.45 ui-monospace, Consolas, monospace; border: 1px solid #d0d7de; border-radius: 6px; padding: .5rem; background: #fff; }
        #query { height: 18rem; }
        #variables { height: 6rem; }
        button { align-self: flex-start; padding: .45rem 1.2rem; border: 0; border-radius: 6px; background: #1f883d; color: #fff; font-weight: 600; cursor: pointer; }
        button:disabled { opacity: .6; }
        pre { margin: 0; min-height: 30rem; overflow: auto; white-space: pre-wrap; }
        #status { color: #57606a; }
        @media (max-width: 50rem) { main { grid-template-columns: 1fr; } }
        """;

    private const string Script = """
        const examples = [
          ["全国の事業数 (令和5年度) / national program total", "{ nation { programSummary(fiscalYear: 2023) { total } } }"],
          ["都道府県一覧 / prefectures", "{ prefectures { code name } }"],
          ["市区町村 / a municipality", "{ municipality(code: \"132292\") { name kana program(fiscalYear: 2023) { tier } } }"],
          ["変数つき / with variables", "query Municipality($code: String!) {\n  municipality(code: $code) { name kana type }\n}", "{ \"code\": \"132292\" }"],
          ["ログイン中の利用者 / viewer", "{ viewer { subject tenantCode tenantName roles } }"],
        ];
        const $ = id => document.getElementById(id);
        // The endpoint is the console's parent path, so the page also works behind a path base.
        const endpoint = location.pathname.replace(/\/ui\/?$/, "");
        $("sdl").href = endpoint + "/schema.graphql";
        examples.forEach(([label], i) => $("examples").add(new Option(label, i)));
        function load(i) {
          const [, query, variables] = examples[i];
          $("query").value = query;
          $("variables").value = variables ?? "";
        }
        $("examples").addEventListener("change", e => load(e.target.value));
        load(0);

        async function run() {
          let variables;
          const text = $("variables").value.trim();
          if (text) {
            try { variables = JSON.parse(text); }
            catch (e) { $("status").textContent = "Variables are not valid JSON: " + e.message; return; }
          }
          const headers = { "Content-Type": "application/json", "Accept": "application/graphql-response+json, application/json" };
          const token = $("token").value.trim().replace(/^Bearer\s+/i, "");
          if (token) headers.Authorization = "Bearer " + token;
          $("run").disabled = true;
          $("status").textContent = "Running…";
          const started = performance.now();
          try {
            const response = await fetch(endpoint, { method: "POST", headers, body: JSON.stringify({ query: $("query").value, variables }) });
            const body = await response.text();
            let pretty = body;
            try { pretty = JSON.stringify(JSON.parse(body), null, 2); } catch { /* not JSON: show as is */ }
            $("result").textContent = pretty;
            $("status").textContent = `HTTP ${response.status} · ${Math.round(performance.now() - started)} ms`;
          } catch (e) {
            $("status").textContent = "Request failed: " + e.message;
          } finally {
            $("run").disabled = false;
          }
        }
        $("run").addEventListener("click", run);
        document.addEventListener("keydown", e => { if ((e.ctrlKey || e.metaKey) && e.key === "Enter") run(); });
        """;

    private static readonly byte[] Html = Encoding.UTF8.GetBytes($$"""
        <!doctype html>
        <html lang="ja">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>GraphQL console</title>
        <style>{{Style}}</style>
        </head>
        <body>
        <header><h1>GraphQL console</h1><a id="sdl" href="schema.graphql">Schema (SDL)</a></header>
        <main>
          <section>
            <label for="examples">Examples / 例</label>
            <select id="examples"></select>
            <label for="query">Query</label>
            <textarea id="query" spellcheck="false"></textarea>
            <label for="variables">Variables (JSON)</label>
            <textarea id="variables" spellcheck="false" placeholder="{ }"></textarea>
            <label for="token">Bearer token (optional; kept in this page only)</label>
            <input id="token" type="password" autocomplete="off" spellcheck="false">
            <button id="run" type="button">Run (Ctrl+Enter)</button>
          </section>
          <section>
            <label for="result">Result</label>
            <div id="status" aria-live="polite"></div>
            <pre id="result"></pre>
          </section>
        </main>
        <script>{{Script}}</script>
        </body>
        </html>
        """);

    // Only this page's own inline script and style may run, and it may only talk to this origin.
    private static readonly string ContentSecurityPolicy =
        $"default-src 'none'; script-src '{Hash(Script)}'; style-src '{Hash(Style)}'; " +
        "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>Writes the page.</summary>
    public static Task WriteAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        return response.Body.WriteAsync(Html, context.RequestAborted).AsTask();
    }

    private static string Hash(string inline) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inline)));
}
