using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using FsCheck.Xunit;
using Gongkai.Core.Desk;
using Gongkai.Tests.Core.Desk;
using Gongkai.Web.Features.Cases;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Web;

/// <summary>One application server for the random sequences (a fresh case each), the clock on Monday 30 June 2025.</summary>
public sealed class LawfulDeskApp : IDisposable
{
    public GongkaiFactory App { get; } = new(new DateOnly(2025, 6, 30));
    private readonly Dictionary<string, HttpClient> _clients = [];
    private readonly SemaphoreSlim _lock = new(1, 1);

    public async Task<HttpClient> As(string user)
    {
        await _lock.WaitAsync();
        try
        {
            if (!_clients.TryGetValue(user, out var c)) _clients[user] = c = await App.ApiAs(user);
            return c;
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => App.Dispose();
}

/// <summary>
/// A smaller number of random sequences of desk actions through the real API (SQLite): every answer is a result or
/// a 400 with Chinese messages by field (403 for an office head's step taken by a clerk), never a server error; no accepted step takes a case off the overdue list;
/// and every notice downloaded states only dates the case records.
/// </summary>
public sealed partial class LawfulDeskPropertyTests(LawfulDeskApp f) : IClassFixture<LawfulDeskApp>
{
    private static readonly DateOnly Today = new(2025, 6, 30);

    [GeneratedRegex(@"(\d{4})年(\d{1,2})月(\d{1,2})日")]
    private static partial Regex DateRx();

    private static (string Url, object Body) Request(int id, DeskStep s, int v) => s switch
    {
        ConfirmReceipt x => ("receipt", new { version = v, date = x.On }),
        RequestCorrection x => ("correction-request", new { version = v, date = x.On, what = x.Items, dueBy = x.DueBy, lateReason = x.LateReason }),
        ReceiveCorrection x => ("correction-received", new { version = v, date = x.On }),
        Extend x => ("extension", new { version = v, date = x.On, reason = x.Reason }),
        StartConsultation x => ("consultations", new { version = v, party = x.Name, from = x.On, kind = x.Party.ToString() }),
        RecordConsultationReply x => ("consultations/end", new { version = v, date = x.On, reply = x.Reply.ToString() }),
        ProlongConsultation x => ("consultations/prolong", new { version = v, date = x.On, until = x.Until, reason = x.Reason }),
        NotifyThirdParty x => ("consultations/notify", new { version = v, date = x.On, content = x.Content, reasons = x.Reasons }),
        IssueFeeNotice x => ("fee", new { version = v, date = x.On, units = x.Units, payBy = x.PayBy, paymentMethod = x.PaymentMethod, method = x.Method.ToString() }),
        RecordPayment x => ("payment", new { version = v, date = x.On, receipt = x.Receipt }),
        RequestReasons x => ("reasons-request", new { version = v, date = x.On, dueBy = x.DueBy }),
        Close x => ("close", new
        {
            version = v, date = x.On, outcome = x.Closing.OutcomeRow, note = x.Closing.Reasons, withheldPart = x.Closing.WithheldPart,
            notHeld = x.Closing.NotHeld?.ToString(), holderAgency = x.Closing.HolderAgency, holderContact = x.Closing.HolderContact,
            publishedWhere = x.Closing.PublishedWhere, form = x.Form?.ToString(),
        }),
        Reopen x => ("reopen", new { version = v, date = x.On, reason = x.Reason.ToString(), note = x.Note, answerBy = x.AnswerBy }),
        RecordService x => ("service", new { version = v, notice = x.NoticeNumber, date = x.On, method = x.Method.ToString(), proof = x.Proof }),
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };

    [Property(MaxTest = 12)]
    public void Random_sequences_through_the_API_keep_the_promises(int seed) => RunAsync(seed).GetAwaiter().GetResult();

    private async Task RunAsync(int seed)
    {
        var r = new Random(seed);
        var clerk = await f.As("clerk");
        var head = await f.As("head");
        var submitted = Today.AddDays(-r.Next(0, 120));
        var created = await clerk.PostAsJsonAsync("/api/applications", new
        {
            channel = "InPerson", submitted, applicantKind = "NaturalPerson", applicantName = "张三", idNumber = "11010519491231002X",
            informationRequested = $"第{seed}号文件", form = r.Next(2) == 0 ? "Email" : null,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var c = JsonNode.Parse(await created.Content.ReadAsStringAsync())!;
        var id = (int)c["id"]!;
        for (var i = 0; i < 8; i++)
        {
            var file = f.App.With(db => LoadFile(db, id));
            var step = CaseLifecyclePropertyTests.RandomStep(r, file, Today);
            var actor = r.Next(3) == 0 ? head : clerk;
            var (url, body) = Request(id, step, (int)c["version"]!);
            var answer = await actor.PostAsJsonAsync($"/api/applications/{id}/{url}", body);
            var text = await answer.Content.ReadAsStringAsync();
            // A result, a refusal of the facts (400) or of the role (403: an office head's step), never a server error.
            Assert.True(answer.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.Forbidden, $"{step.Kind}: {(int)answer.StatusCode} {text}");
            if (answer.StatusCode != HttpStatusCode.OK)
            {
                Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", (string?)JsonNode.Parse(text)!["detail"] ?? "");
                continue;
            }
            var next = JsonNode.Parse(text)!;
            if ((bool)c["clock"]!["overdue"]! && step is not (Close or Reopen))
                Assert.True((bool)next["clock"]!["overdue"]!, $"{step.Kind} 使超期的申请不再超期");
            c = next;
        }
        // Every notice the case issued, downloaded as DOCX: only recorded dates.
        var final = f.App.With(db => LoadFile(db, id));
        var dates = CaseLifecyclePropertyTests.RecordedDates(final);
        foreach (var n in final.Notices)
        {
            var doc = await clerk.GetAsync($"/api/applications/{id}/notices/{Gongkai.Render.Notices.CaseNotices.Key(n.Kind)}?number={Uri.EscapeDataString(n.Number)}&format=docx");
            if (doc.StatusCode == HttpStatusCode.BadRequest) continue; // a notice the record cannot support is refused, never printed
            Assert.Equal(HttpStatusCode.OK, doc.StatusCode);
            using var word = WordprocessingDocument.Open(new MemoryStream(await doc.Content.ReadAsByteArrayAsync()), false);
            foreach (Match m in DateRx().Matches(word.MainDocumentPart!.Document!.InnerText))
                Assert.Contains(new DateOnly(int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value)), dates);
        }
    }

    private static CaseFile LoadFile(Gongkai.Web.Data.GongkaiDb db, int id) =>
        db.Cases.Include(x => x.Consultations).Include(x => x.Reopenings).Include(x => x.Notices).Include(x => x.RepeatOf)
            .AsNoTracking().Single(x => x.Id == id).ToFile(Gongkai.Core.Calendar.WorkingCalendar.BuiltIn);
}
