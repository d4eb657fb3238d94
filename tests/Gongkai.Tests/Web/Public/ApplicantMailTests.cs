using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Gongkai.Web.Features.Public;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Web.Public;

public sealed class ApplicantMailOnSqlite() : ApplicantMailTests(postgres: null);

public sealed class ApplicantMailOnPostgres() : ApplicantMailTests(TestPostgres.ConnectionString), IOnPostgres
{
    /// <summary>Two application servers' senders at once on one database: every message reaches the server exactly once.</summary>
    [DbFact]
    public async Task Two_senders_at_once_send_each_message_once()
    {
        await using var smtp = new TestSmtpServer();
        using var app = App(smtp.Port, poll: false);
        var client = app.CreateClient();
        for (var i = 0; i < 4; i++)
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync($"/api/public/{new[] { "sfq-zfb", "sfq-jyj", "sfq-zjj", "sfq-zfb" }[i]}/applications",
                PublicApiTests.Application(idNumber: new[] { "11010519491231002X", "110101199003071110", "110101199003072228", "110101199003073335" }[i]))).StatusCode);
        async Task<int> Send()
        {
            using var scope = app.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync();
        }
        var sent = await Task.WhenAll(Send(), Send(), Send());
        // A sender that found the lock taken sent nothing this round; the next round finds nothing left.
        sent = [.. sent, await Send()];
        Assert.Equal(4, sent.Sum());
        Assert.Equal(4, smtp.Messages.Count);
        Assert.Equal(4, smtp.Messages.Select(m => m.MessageId).Distinct().Count());
    }
}

/// <summary>
/// The applicant's e-mails through the outbox to a real SMTP server started in the test: received (with the query
/// code), confirmed, 补正 asked; a server that is down never blocks the desk, and the message goes out when it is back.
/// </summary>
public abstract class ApplicantMailTests(string? postgres) : IDisposable
{
    protected GongkaiFactory App(int port, bool poll = true) => new(new DateOnly(2026, 3, 2), postgres: postgres, settings: new Dictionary<string, string?>
    {
        ["Mail:Enabled"] = "true", ["Mail:Host"] = "127.0.0.1", ["Mail:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:Security"] = "None", ["Mail:From"] = "gk@example.gov.cn", ["Mail:PollSeconds"] = poll ? "0.3" : "3600",
        ["PublicSite:BaseUrl"] = "https://gk.example.gov.cn",
    });

    public void Dispose() => GC.SuppressFinalize(this);

    private static async Task<JsonNode> Ok(HttpResponseMessage r, HttpStatusCode status = HttpStatusCode.OK)
    {
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == status, $"{(int)r.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    [DbFact]
    public async Task The_applicant_receives_the_query_code_then_the_confirmation_then_the_correction_request()
    {
        await using var smtp = new TestSmtpServer();
        using var app = App(smtp.Port);
        var created = await Ok(await app.CreateClient().PostAsJsonAsync("/api/public/sfq-zfb/applications", PublicApiTests.Application()), HttpStatusCode.Created);
        var (number, code) = ((string)created["number"]!, (string)created["queryCode"]!);

        var received = await smtp.WaitForAsync(m => m.Subject!.Contains("已收到"));
        Assert.Equal("zhangsan@example.com", received.To.Mailboxes.Single().Address);
        Assert.Equal("gk@example.gov.cn", received.From.Mailboxes.Single().Address);
        Assert.Contains(number, received.Subject);
        Assert.Contains($"查询码：{code}", received.TextBody);
        Assert.Contains("https://gk.example.gov.cn/open/track", received.TextBody);

        var id = app.With(db => db.Cases.Single(c => c.Number == number).Id);
        using var clerk = await app.ApiAs("clerk");
        int Version() => app.With(db => db.Cases.Single(c => c.Id == id).Version);
        await Ok(await clerk.PostAsJsonAsync($"/api/applications/{id}/receipt", new { version = Version(), date = "2026-03-02" }));
        var confirmed = await smtp.WaitForAsync(m => m.Subject!.Contains("已确认收到"));
        Assert.Contains("2026年3月2日", confirmed.TextBody);
        Assert.Contains("2026年3月30日", confirmed.TextBody);
        Assert.DoesNotContain(code, confirmed.TextBody); // the code is sent once

        await Ok(await clerk.PostAsJsonAsync($"/api/applications/{id}/correction-request", new { version = Version(), date = "2026-03-02", what = "请写明标段", dueBy = "2026-03-16" }));
        var correction = await smtp.WaitForAsync(m => m.Subject!.Contains("请补正"));
        Assert.Contains("请写明标段", correction.TextBody);
        Assert.Contains("2026年3月16日", correction.TextBody);
        Assert.Equal(3, smtp.Messages.Count);
        // The server has the message before the sender records it as sent: wait for that record, not just the mail.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (app.With(db => db.Outbox.Any(m => m.SentAt == null)) && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        Assert.All(app.With(db => db.Outbox.ToList()), m => Assert.NotNull(m.SentAt));
    }

    [DbFact]
    public async Task A_mail_server_that_is_down_never_blocks_the_desk_and_the_message_goes_out_when_it_is_back()
    {
        var port = TestSmtpServer.FreePort();
        using var app = App(port, poll: false);
        var created = await Ok(await app.CreateClient().PostAsJsonAsync("/api/public/sfq-zfb/applications", PublicApiTests.Application()), HttpStatusCode.Created);
        var number = (string)created["number"]!;
        var id = app.With(db => db.Cases.Single(c => c.Number == number).Id);
        using var clerk = await app.ApiAs("clerk");
        // The desk's step succeeds with no mail server: its e-mail waits in the outbox.
        await Ok(await clerk.PostAsJsonAsync($"/api/applications/{id}/receipt", new { version = app.With(db => db.Cases.Single(c => c.Id == id).Version), date = "2026-03-02" }));

        async Task<int> Send()
        {
            using var scope = app.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync();
        }
        Assert.Equal(0, await Send());
        var waiting = app.With(db => db.Outbox.AsNoTracking().OrderBy(m => m.Id).ToList());
        Assert.Equal(2, waiting.Count);
        Assert.All(waiting, m => { Assert.Null(m.SentAt); Assert.Equal(1, m.Attempts); Assert.NotNull(m.LastError); Assert.True(m.NextAttemptAt > app.Time.Now); });

        await using var smtp = new TestSmtpServer(port);
        Assert.Equal(0, await Send()); // not yet: the retry is a minute later
        app.Time.Now = app.Time.Now.AddMinutes(2);
        Assert.Equal(2, await Send());
        Assert.Equal(2, smtp.Messages.Count);
        Assert.Contains(smtp.Messages, m => m.Subject!.Contains("已确认收到"));
        Assert.Equal(0, await Send());
    }

    [DbFact]
    public async Task A_case_registered_at_the_desk_sends_no_mail_even_with_an_address()
    {
        await using var smtp = new TestSmtpServer();
        using var app = App(smtp.Port, poll: false);
        using var clerk = await app.ApiAs("clerk");
        var c = await Ok(await clerk.PostAsJsonAsync("/api/applications", new
        {
            channel = "InPerson", submitted = "2026-03-02", applicantKind = "NaturalPerson", applicantName = "李四", idNumber = "110101199003077777",
            email = "lisi@example.com", informationRequested = "某文件", form = "Email",
        }), HttpStatusCode.Created);
        var id = (int)c["id"]!;
        await Ok(await clerk.PostAsJsonAsync($"/api/applications/{id}/correction-request", new { version = (int)c["version"]!, date = "2026-03-02", what = "请写明文号", dueBy = "2026-03-16" }));
        Assert.Equal(0, app.With(db => db.Outbox.Count()));
    }
}
