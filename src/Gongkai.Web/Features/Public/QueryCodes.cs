using System.Security.Cryptography;
using System.Text;

namespace Gongkai.Web.Features.Public;

/// <summary>
/// The query code (查询码) an online applicant follows the case with: 12 characters from an alphabet without look-alikes
/// (no 0/O, 1/I), 60 random bits from <see cref="RandomNumberGenerator"/>, shown once and sent by e-mail. Only an
/// HMAC-SHA256 of it under a per-application salt is stored, and it is compared in constant time.
/// </summary>
public static class QueryCodes
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    public const int Length = 12;

    /// <summary>A new code, written in three groups of four: “K7QM-3XPA-WD9T”.</summary>
    public static string New()
    {
        var chars = new char[Length];
        for (var i = 0; i < Length; i++) chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        var s = new string(chars);
        return $"{s[..4]}-{s[4..8]}-{s[8..]}";
    }

    /// <summary>A new salt (Base64 of 16 random bytes).</summary>
    public static string NewSalt() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));

    /// <summary>What the applicant typed, as the code is hashed: spaces and hyphens dropped, upper case.</summary>
    public static string Normalise(string? code) =>
        new string([.. (code ?? "").Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '－')).Select(char.ToUpperInvariant)]);

    public static string Hash(string code, string salt)
    {
        var key = Convert.FromBase64String(salt);
        return Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(Normalise(code))));
    }

    /// <summary>Whether <paramref name="code"/> is the one hashed as <paramref name="hash"/>; the same work whatever the answer.</summary>
    public static bool Matches(string? code, string salt, string hash)
    {
        var given = Convert.FromBase64String(Hash(code ?? "", salt));
        var stored = Convert.FromBase64String(hash);
        return CryptographicOperations.FixedTimeEquals(given, stored);
    }
}
