using System.Globalization;
using System.Text.Json.Nodes;

namespace Platform.WebTests;

/// <summary>
/// Keeping a case file up by keyboard and by clicking: a contact recorded with Tab, Enter and
/// typing only; a wrong contact and a wrong referral corrected with a reason and the originals kept
/// in the history; an appointment scheduled; a handover; the supervisor's caseload leading to the
/// filtered list; "mine" asked of the server.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class CaseKeepingTests(WebAppFixture web) : WebTest(web)
{
    // Hakodate: no other browser test writes cases there, so the counts below are this test's.
    private const string Hakodate = "012025";
    private const string Me = "dev-012025-Caseworker";

    private async Task<string> OpenCaseAsync(string kana, string assignee, int daysAgo = 0)
    {
        var opened = await AsCaseworkerAsync(
            "mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id } errors { code } } }",
            new { input = new { openedOn = DateTime.UtcNow.AddHours(9).AddDays(-daysAgo).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), referralSource = "FAMILY", subject = new { kana }, assignedTo = assignee } });
        return (string)opened["openCase"]!["case"]!["id"]!;
    }

    // What a test sets up before the browser opens, asked of the API as a Hakodate caseworker.
    private Task<JsonNode> AsCaseworkerAsync(string query, object variables) =>
        Web.Platform.QueryAsync(query, variables, Web.Platform.Token(Hakodate, "Caseworker"));

    // What the keyboard is on: its label (or its own text for a button), and whether a focus ring shows.
    private async Task<(string Name, bool Visible)> FocusedAsync() =>
        (await Page.EvaluateAsync<string>("""
            () => { const e = document.activeElement; if (!e) return '';
              const label = e.id ? document.querySelector(`label[for="${e.id}"]`) : null;
              return (label ? label.textContent : (e.getAttribute('aria-label') || e.textContent || '')).trim(); }
            """),
         await Page.EvaluateAsync<bool>("""
            () => { const e = document.activeElement; if (!e || !e.matches(':focus-within')) return false;
              const s = getComputedStyle(e); return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'; }
            """));

    private async Task TabToAsync(string name)
    {
        for (var i = 0; i < 80; i++)
        {
            await Page.Keyboard.PressAsync("Tab");
            if ((await FocusedAsync()).Name == name)
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached '{name}'.");
    }

    [Fact]
    public async Task AContact_IsRecordedWithTheKeyboardOnly_InASensibleFocusOrder_WithTheFocusAlwaysVisible()
    {
        var id = await OpenCaseAsync("きーぼーど たろう", Me);
        await SignInAsync(Page, Hakodate, "Caseworker");
        await Page.GotoAsync($"/cases/{Uri.EscapeDataString(id)}");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^ケース "));

        await TabToAsync("相談・支援記録を追加");
        Assert.True((await FocusedAsync()).Visible, "the focused button shows no focus ring");
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "相談・支援記録を追加" })).ToHaveAttributeAsync("aria-expanded", "true");
        await Page.Keyboard.PressAsync("Tab");

        // The button opens the form right after itself: Tab walks its fields in reading order,
        // each with a visible focus ring.
        var order = new List<string>();
        for (var i = 0; i < 16; i++)
        {
            var (name, visible) = await FocusedAsync();
            name = name.Replace("※必須", "", StringComparison.Ordinal).Trim();
            if (order.Count == 0 || order[^1] != name)
            {
                // The date field takes a Tab stop per part (year, month, day, hour, minute).
                order.Add(name);
            }

            Assert.True(visible, $"'{name}' shows no focus ring");
            switch (name)
            {
                case "方法":
                    await Page.Keyboard.PressAsync("ArrowDown"); // 電話 → 来所
                    break;
                case "所要時間（分）":
                    await Page.Keyboard.TypeAsync("25");
                    break;
                case "記録の内容":
                    await Page.Keyboard.TypeAsync("キーボードだけで記録した来所相談。");
                    break;
            }

            if (name == "記録を保存")
            {
                break;
            }

            await Page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal(["日時", "方法", "相手", "所要時間（分）", "記録の内容", "記録を保存"], order);
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Page.GetByText("相談・支援記録を追加しました。")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText("キーボードだけで記録した来所相談。")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText(new System.Text.RegularExpressions.Regex("来所・家族・25分"))).ToBeVisibleAsync();
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task AWrongContact_IsCorrectedWithAReason_TheOriginalStaysInTheHistory_AndTheCaseIsHandedOver()
    {
        // Opened yesterday, so a contact two hours ago is inside the case whatever the hour in Japan.
        var id = await OpenCaseAsync("ていせい はなこ", Me, daysAgo: 1);
        var recorded = await AsCaseworkerAsync(
            "mutation($input: RecordContactInput!) { recordContact(input: $input) { errors { code } } }",
            new { input = new { caseId = id, at = DateTimeOffset.UtcNow.AddHours(-2).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture), channel = "PHONE", with = "FAMILY", notes = "母から電話（と記録したが、実際は家庭訪問）" } });
        Assert.Empty(recorded["recordContact"]!["errors"]!.AsArray());
        await SignInAsync(Page, Hakodate, "Caseworker", "Supervisor");
        await Page.GotoAsync($"/cases/{Uri.EscapeDataString(id)}");
        await Assertions.Expect(Page.GetByText("変更の記録はありません。")).ToBeVisibleAsync();

        // Without a reason the correction is refused beside the reason, and what was typed stays.
        await Page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("の記録を訂正$") }).ClickAsync();
        var form = Page.GetByRole(AriaRole.Form, new() { Name = "相談・支援記録の訂正" });
        await form.GetByLabel("方法").SelectOptionAsync(new SelectOptionValue { Label = "訪問（アウトリーチ）" });
        await form.GetByLabel("記録の内容").FillAsync("自宅を訪問し、母と面談。本人は自室から出てこなかった。");
        await form.GetByRole(AriaRole.Button, new() { Name = "訂正を保存" }).ClickAsync();
        await Assertions.Expect(form.GetByLabel("訂正の理由")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(form.GetByText("理由を入れてください。")).ToBeVisibleAsync();
        await Assertions.Expect(form.GetByLabel("記録の内容")).ToHaveValueAsync("自宅を訪問し、母と面談。本人は自室から出てこなかった。");
        await AssertAccessibleAsync(Page);
        await ScreenshotAsync(Page, "case-correction");

        await form.GetByLabel("訂正の理由").FillAsync("方法と内容の記録誤り");
        await form.GetByRole(AriaRole.Button, new() { Name = "訂正を保存" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("相談・支援記録を訂正しました。訂正前の内容は変更履歴に残ります。")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText("自宅を訪問し、母と面談。本人は自室から出てこなかった。")).ToBeVisibleAsync();
        var history = Page.GetByRole(AriaRole.Region, new() { Name = "変更履歴" });
        await Assertions.Expect(history.GetByText("相談・支援記録の訂正")).ToBeVisibleAsync();
        await Assertions.Expect(history.GetByText("理由：方法と内容の記録誤り")).ToBeVisibleAsync();
        await Assertions.Expect(history.GetByText("変更した項目：方法、記録の内容")).ToBeVisibleAsync();
        await Assertions.Expect(history.GetByText(new System.Text.RegularExpressions.Regex("訂正前：.*電話・家族"))).ToBeVisibleAsync();
        await Assertions.Expect(history.GetByText(new System.Text.RegularExpressions.Regex("母から電話（と記録したが、実際は家庭訪問）"))).ToBeVisibleAsync();

        // The handover, kept in the history with the worker before.
        await Page.GetByRole(AriaRole.Button, new() { Name = "担当者を変更", Exact = true }).ClickAsync();
        var handover = Page.GetByRole(AriaRole.Form, new() { Name = "担当者の変更" });
        await handover.GetByLabel("新しい担当者").FillAsync("tanaka");
        await handover.GetByLabel("変更の理由").FillAsync("地区の担当替え");
        await AssertAccessibleAsync(Page);
        await handover.GetByRole(AriaRole.Button, new() { Name = "担当者を変更する" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("担当者を tanaka に変更しました。新しい担当者に通知されます。")).ToBeVisibleAsync();
        await Assertions.Expect(history.GetByText($"変更前の担当者：{Me}")).ToBeVisibleAsync();
        await AssertAccessibleAsync(Page);
        await ScreenshotAsync(Page, "case-history");
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task AWrongReferral_IsCorrectedWithAReason_KeepingWhatWasTyped_AndTheOriginalStaysInTheHistory()
    {
        var id = await OpenCaseAsync("つなぎなおし じろう", Me, daysAgo: 1);
        var referred = await AsCaseworkerAsync(
            "mutation($input: ReferCaseInput!) { referCase(input: $input) { errors { code } } }",
            new { input = new { caseId = id, destination = "SELF_RELIANCE_CONSULTATION", agencyName = "はこだて自立相談", referredOn = DateTime.UtcNow.AddHours(9).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) } });
        Assert.Empty(referred["referCase"]!["errors"]!.AsArray());
        await SignInAsync(Page, Hakodate, "Caseworker");
        await Page.GotoAsync($"/cases/{Uri.EscapeDataString(id)}");

        // Without a reason the correction is refused beside the reason, and what was typed stays.
        await Page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("の自立相談支援機関への紹介を訂正$") }).ClickAsync();
        var form = Page.GetByRole(AriaRole.Form, new() { Name = "つなぎ先の訂正" });
        await form.GetByRole(AriaRole.Combobox, new() { Name = "つなぎ先", Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "地域若者サポートステーション" });
        await form.GetByLabel("機関名", new() { Exact = true }).FillAsync("はこだて若者サポートステーション");
        await form.GetByRole(AriaRole.Button, new() { Name = "訂正を保存" }).ClickAsync();
        await Assertions.Expect(form.GetByLabel("訂正の理由")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(form.GetByLabel("機関名", new() { Exact = true })).ToHaveValueAsync("はこだて若者サポートステーション");
        await AssertAccessibleAsync(Page);

        await form.GetByLabel("訂正の理由").FillAsync("紹介先の記録誤り");
        await form.GetByRole(AriaRole.Button, new() { Name = "訂正を保存" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("つなぎ先を訂正しました。訂正前の内容は変更履歴に残ります。")).ToBeVisibleAsync();
        var row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "はこだて若者サポートステーション" });
        await Assertions.Expect(row.GetByRole(AriaRole.Cell, new() { Name = "地域若者サポートステーション", Exact = true })).ToBeVisibleAsync();
        var history = Page.GetByRole(AriaRole.Region, new() { Name = "変更履歴" });
        await Assertions.Expect(history.GetByText("理由：紹介先の記録誤り")).ToBeVisibleAsync();
        await Assertions.Expect(history.GetByText(new System.Text.RegularExpressions.Regex("訂正前：.*自立相談支援機関（はこだて自立相談）"))).ToBeVisibleAsync();
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task AnAppointment_WithoutATime_IsRefusedBesideIt_AndOnceTimedIsListedOnTheCase()
    {
        var id = await OpenCaseAsync("めんだん さぶろう", Me);
        await SignInAsync(Page, Hakodate, "Caseworker");
        await Page.GotoAsync($"/cases/{Uri.EscapeDataString(id)}");

        await Page.GetByRole(AriaRole.Button, new() { Name = "面談予定を追加" }).ClickAsync();
        var form = Page.GetByRole(AriaRole.Form, new() { Name = "面談予定の追加" });
        await form.GetByLabel("面談の目的").FillAsync("本人と初めての面談");
        await form.GetByLabel("日時").FillAsync("");
        await form.GetByLabel("相手").SelectOptionAsync(new SelectOptionValue { Label = "本人と家族" });
        await form.GetByRole(AriaRole.Button, new() { Name = "面談予定を保存" }).ClickAsync();
        await Assertions.Expect(form.GetByLabel("日時")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(form.GetByText("日時を入力してください。")).ToBeVisibleAsync();
        await Assertions.Expect(form.GetByLabel("面談の目的")).ToHaveValueAsync("本人と初めての面談");
        await Assertions.Expect(form.GetByLabel("方法")).ToHaveValueAsync("HOME_VISIT");
        await AssertAccessibleAsync(Page);

        await form.GetByLabel("日時").FillAsync($"{DateTime.UtcNow.AddHours(9).AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}T14:00");
        await form.GetByRole(AriaRole.Button, new() { Name = "面談予定を保存" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("面談予定を追加しました。")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Table, new() { Name = "このケースのフォローアップと面談予定" }).GetByRole(AriaRole.Row).Filter(new() { HasText = "本人と初めての面談" })).ToHaveCountAsync(1);
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task TheCaseload_LeadsToTheFilteredList_AndMine_IsFilteredByTheServer()
    {
        await OpenCaseAsync("じぶんの けーす", Me);
        await OpenCaseAsync("たにんの けーす", "sato", daysAgo: 45);
        await SignInAsync(Page, Hakodate, "Caseworker", "Supervisor");

        await Page.GotoAsync($"/cases?q={Uri.EscapeDataString("けーす")}");
        await Assertions.Expect(Page.GetByText("全2件中 2件を表示")).ToBeVisibleAsync();
        await Page.GetByLabel("自分の担当のみ").ClickAsync();
        await Assertions.Expect(Page.GetByLabel("自分の担当のみ")).ToBeCheckedAsync();
        await Assertions.Expect(Page.GetByText("全1件中 1件を表示")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText("じぶんの けーす")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText("たにんの けーす")).ToHaveCountAsync(0);

        await Page.GetByRole(AriaRole.Navigation, new() { Name = "メインメニュー" }).GetByRole(AriaRole.Link, new() { Name = "担当状況" }).ClickAsync();
        var sato = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "sato" });
        await Assertions.Expect(sato.GetByRole(AriaRole.Cell).Nth(2)).ToHaveTextAsync("1");
        await AssertAccessibleAsync(Page);
        await sato.GetByRole(AriaRole.Link, new() { Name = "satoの30日以上連絡のないケース 1件を一覧で見る" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("ケース一覧");
        await Assertions.Expect(Page.GetByText(new System.Text.RegularExpressions.Regex("担当者 sato のケースのうち、.*30日以上"))).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText("たにんの けーす")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText("じぶんの けーす")).ToHaveCountAsync(0);
        await AssertAccessibleAsync(Page);
        Assert.Empty(PageErrors);
    }
}
