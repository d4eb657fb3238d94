using Gongkai.Web.Data;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Gongkai.Web.Features.Public;

/// <summary>SMTP settings (section "Mail"); off unless <see cref="Enabled"/>.</summary>
public sealed class MailOptions
{
    public bool Enabled { get; set; }
    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 25;
    /// <summary>None, Auto, StartTls, StartTlsWhenAvailable or SslOnConnect (MailKit's SecureSocketOptions).</summary>
    public string Security { get; set; } = "Auto";
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "gongkai@localhost";
    public string FromName { get; set; } = "政府信息公开";
    public int MaxAttempts { get; set; } = 8;
    public double PollSeconds { get; set; } = 30;
    public int BatchSize { get; set; } = 50;
}

/// <summary>
/// Sends what the outbox holds. One sender at a time across application servers: on PostgreSQL a session advisory
/// lock taken with try (a second server skips the round instead of waiting; compare the digest's lock in
/// Desk/Reminders.cs), and each message is marked sent in its own commit right after the server accepted it, so a
/// crash resends at most the message in flight. A failure is kept (<see cref="OutboxMessage.LastError"/>) and retried
/// later, doubling the wait, up to <see cref="MailOptions.MaxAttempts"/>.
/// </summary>
public sealed class OutboxSender(GongkaiDb db, Microsoft.Extensions.Options.IOptions<MailOptions> options, TimeProvider time, ILogger<OutboxSender> log)
{
    public static void Enqueue(GongkaiDb db, string to, string subject, string body, Case? about, DateTimeOffset now) =>
        db.Outbox.Add(new OutboxMessage { To = to, Subject = subject, Body = body, Case = about, CreatedAt = now, NextAttemptAt = now });

    /// <summary>Sends the messages due now; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct = default)
    {
        var o = options.Value;
        if (!o.Enabled) return 0;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            if (!await PublicSql.TryLockOutboxAsync(db, ct)) return 0;
            try
            {
                return await SendAsync(o, ct);
            }
            finally
            {
                await PublicSql.UnlockOutboxAsync(db);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<int> SendAsync(MailOptions o, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        // Sorted in memory: SQLite cannot order by a DateTimeOffset column.
        var due = (await db.Outbox.Where(m => m.SentAt == null && !m.GaveUp).ToListAsync(ct))
            .Where(m => m.NextAttemptAt <= now).OrderBy(m => m.Id).Take(o.BatchSize).ToList();
        if (due.Count == 0) return 0;
        var sent = 0;
        using var client = new SmtpClient { Timeout = 30_000 };
        try
        {
            await client.ConnectAsync(o.Host, o.Port, Enum.Parse<SecureSocketOptions>(o.Security, ignoreCase: true), ct);
            if (!string.IsNullOrEmpty(o.UserName)) await client.AuthenticateAsync(o.UserName, o.Password ?? "", ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            foreach (var m in due) Failed(m, o, now, e);
            await db.SaveChangesAsync(ct);
            log.LogWarning("mail server {Host}:{Port} not reachable: {Error}; {Count} messages wait", o.Host, o.Port, e.Message, due.Count);
            return 0;
        }
        foreach (var m in due)
        {
            try
            {
                await client.SendAsync(Message(o, m), ct);
                m.SentAt = time.GetUtcNow();
                m.Attempts++;
                m.LastError = null;
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Failed(m, o, now, e);
                log.LogWarning("mail {Id} not sent (attempt {Attempt}): {Error}", m.Id, m.Attempts, e.Message);
            }
            await db.SaveChangesAsync(ct);
        }
        try { await client.DisconnectAsync(true, ct); } catch (Exception e) when (e is not OperationCanceledException) { }
        return sent;
    }

    private static void Failed(OutboxMessage m, MailOptions o, DateTimeOffset now, Exception e)
    {
        m.Attempts++;
        m.LastError = e.Message.Length > 500 ? e.Message[..500] : e.Message;
        m.GaveUp = m.Attempts >= o.MaxAttempts;
        m.NextAttemptAt = now + TimeSpan.FromMinutes(Math.Min(Math.Pow(2, m.Attempts - 1), 360));
    }

    private static MimeMessage Message(MailOptions o, OutboxMessage m)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(o.FromName, o.From));
        message.To.Add(MailboxAddress.Parse(m.To));
        message.Subject = m.Subject;
        message.Body = new TextPart("plain") { Text = m.Body };
        // A stable id: a receiving server that saw a resend after a crash can tell it is the same message.
        message.MessageId = $"outbox-{m.Id}-{m.CreatedAt.ToUnixTimeSeconds()}@gongkai";
        return message;
    }
}

/// <summary>Runs the outbox every Mail:PollSeconds while mail is enabled.</summary>
public sealed class OutboxService(IServiceScopeFactory scopes, Microsoft.Extensions.Options.IOptions<MailOptions> options, TimeProvider time, ILogger<OutboxService> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "outbox run failed");
            }
            await Task.Delay(TimeSpan.FromSeconds(Math.Max(0.2, options.Value.PollSeconds)), time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
