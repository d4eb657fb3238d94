using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Gongkai.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Account;

/// <summary>SignIn:* settings: how sign-in attempts are limited.</summary>
public sealed class SignInOptions
{
    /// <summary>Attempts a minute from one address, on every sign-in path (the form and the API).</summary>
    public int PermitPerAddress { get; set; } = 20;
    /// <summary>Attempts a minute for one account, whatever the address (on each server).</summary>
    public int PermitPerAccount { get; set; } = 10;
    /// <summary>Failed attempts of one account from one address before that address may not try that account for a while.</summary>
    public int MaxFailures { get; set; } = 5;
    public int LockMinutes { get; set; } = 15;

    public static SignInOptions From(IConfiguration config) => config.GetSection("SignIn").Get<SignInOptions>() ?? new SignInOptions();
}

/// <summary>
/// Every sign-in goes through here (the login page and <c>POST /api/auth/login</c>). Guessing is slowed per address
/// (the "login" rate-limit policy), per account (<see cref="SignInOptions.PermitPerAccount"/>), and by locking the
/// pair of account and address after <see cref="SignInOptions.MaxFailures"/> failures — never the account itself, so
/// that nobody can lock the office head out by typing wrong passwords under her name. Every failure gives the same
/// answer, <see cref="Failure"/>, and takes a password hash's time, so neither the text nor the timing tells whether
/// an account exists, is disabled or is being throttled.
/// </summary>
public sealed class SignInGuard(GongkaiDb db, UserManager<AppUser> users, SignInManager<AppUser> signIn, SignInLimiter limiter,
    TimeProvider time, ILogger<SignInGuard> log)
{
    /// <summary>The one answer to a failed sign-in, whatever the reason.</summary>
    public const string Failure = "用户名或密码错误，或登录尝试过于频繁，请稍后再试";

    /// <summary>A hash of no password, verified when there is no user to check against, so that a miss costs what a try costs.</summary>
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<AppUser>().HashPassword(new AppUser(), Sessions.NewId()));

    /// <param name="scheme">IdentityConstants.ApplicationScheme (cookie) or BearerScheme (the token is written by the handler).</param>
    public async Task<bool> SignInAsync(string? userName, string? password, string scheme, HttpContext ctx, CancellationToken ct = default)
    {
        var name = (userName ?? "").Trim();
        if (name.Length is 0 or > 256 || string.IsNullOrEmpty(password) || password.Length > 1024) return false;
        var account = users.NormalizeName(name) ?? name;
        var now = time.GetUtcNow();
        var key = Key(account, ctx.Connection.RemoteIpAddress?.ToString());
        var failures = await db.SignInFailures.FirstOrDefaultAsync(f => f.Key == key, ct);
        using var lease = limiter.AcquireForAccount(account);
        if (!lease.IsAcquired || failures?.LockedUntil > now)
        {
            Dummy(password);
            return false;
        }

        var user = await users.FindByNameAsync(name);
        var ok = false;
        if (user is null) Dummy(password);
        else
        {
            signIn.AuthenticationScheme = scheme;
            var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: false);
            ok = result.Succeeded;
            // Disabled (locked out) users are refused before the password is checked: spend the same time.
            if (result.IsLockedOut || result.IsNotAllowed) Dummy(password);
        }
        await RecordAsync(key, failures, ok, now, ct);
        return ok;
    }

    private async Task RecordAsync(string key, SignInFailure? row, bool ok, DateTimeOffset now, CancellationToken ct)
    {
        var o = limiter.Options;
        if (ok)
        {
            if (row is null) return;
            db.SignInFailures.Remove(row);
        }
        else
        {
            if (row is null) db.SignInFailures.Add(row = new SignInFailure { Key = key, First = now });
            if (row.First < now.AddMinutes(-o.LockMinutes)) (row.First, row.Failures, row.LockedUntil) = (now, 0, null);
            row.Failures++;
            if (row.Failures >= o.MaxFailures)
            {
                row.LockedUntil = now.AddMinutes(o.LockMinutes);
                log.LogWarning("sign-in: {Failures} failures of one account from one address; that pair is refused for {Minutes} minutes", row.Failures, o.LockMinutes);
            }
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two attempts of the same pair at once (two servers): one count is enough.
            db.ChangeTracker.Clear();
        }
    }

    private static void Dummy(string? password) =>
        new PasswordHasher<AppUser>().VerifyHashedPassword(new AppUser(), DummyHash.Value, password ?? "");

    /// <summary>The pair as a hash: the table never holds what was typed as a user name (sometimes a password).</summary>
    private static string Key(string account, string? address) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{account}\n{address}")));
}

/// <summary>The per-account limit of sign-in attempts (in this server's memory).</summary>
public sealed class SignInLimiter(IConfiguration config) : IDisposable
{
    public SignInOptions Options { get; } = SignInOptions.From(config);

    private readonly PartitionedRateLimiter<string> _perAccount = PartitionedRateLimiter.Create<string, string>(account =>
        RateLimitPartition.GetFixedWindowLimiter(account, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = SignInOptions.From(config).PermitPerAccount,
            Window = TimeSpan.FromMinutes(1),
        }));

    public RateLimitLease AcquireForAccount(string account) => _perAccount.AttemptAcquire(account);

    public void Dispose() => _perAccount.Dispose();
}
