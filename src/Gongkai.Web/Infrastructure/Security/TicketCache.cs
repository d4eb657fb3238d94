using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Caching.Memory;

namespace Gongkai.Web.Infrastructure.Security;

/// <summary>
/// Remembers what a sign-in cookie or bearer token decrypts to. Unprotecting derives keys and checks a MAC on every
/// request, which cost more than the rest of a cached desk read; the result depends only on the token text and the
/// key ring, so it can be kept. Each caller gets its own copy (handlers change ticket properties when they renew),
/// and expiry, security-stamp validation and roles are still checked by the handlers after this.
/// </summary>
public sealed class TicketCache(ISecureDataFormat<AuthenticationTicket> inner, IMemoryCache cache) : ISecureDataFormat<AuthenticationTicket>
{
    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (protectedText is null) return null;
        var key = (typeof(TicketCache), inner, purpose, protectedText);
        if (!cache.TryGetValue(key, out AuthenticationTicket? ticket))
        {
            ticket = inner.Unprotect(protectedText, purpose);
            // Only what decrypted: garbage tokens are not worth a place.
            if (ticket is null) return null;
            cache.Set(key, ticket, new MemoryCacheEntryOptions
            {
                Size = 1,
                SlidingExpiration = TimeSpan.FromMinutes(5),
                AbsoluteExpiration = ticket.Properties.ExpiresUtc,
            });
        }
        return ticket is null ? null : new AuthenticationTicket(ticket.Principal.Clone(), ticket.Properties.Clone(), ticket.AuthenticationScheme);
    }
}
