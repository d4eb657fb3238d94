using System.Runtime.CompilerServices;
using System.Text;

namespace Gongkai.Core.Text;

/// <summary>
/// Unicode NFKC, with a fast path for the characters report text is made of: ASCII, CJK ideographs, CJK and general
/// punctuation that NFKC leaves alone, and the full-width forms it maps to ASCII. Anything else (Kangxi radicals
/// such as ⼀, circled digits…) goes to the platform's ICU normalizer, so the result is always exactly NFKC.
/// </summary>
public static class Nfkc
{
    public static string Normalize(string s)
    {
        var changes = false;
        foreach (var c in s)
        {
            if (!TryFast(c, out var mapped)) return Platform(s);
            changes |= mapped != c;
        }
        return changes ? string.Create(s.Length, s, static (span, src) => TryNormalizeFast(src, span, out _)) : s;
    }

    /// <summary>
    /// NFKC of <paramref name="s"/> written into <paramref name="into"/> (at least as long; NFKC keeps the length on
    /// this path) when the fast path covers every character: true, and <paramref name="changed"/> says whether any
    /// character was mapped. False when a character needs the platform's normalizer (<see cref="Normalize"/> then).
    /// </summary>
    public static bool TryNormalizeFast(ReadOnlySpan<char> s, Span<char> into, out bool changed)
    {
        changed = false;
        for (var i = 0; i < s.Length; i++)
        {
            if (!TryFast(s[i], out into[i])) return false;
            changed |= into[i] != s[i];
        }
        return true;
    }

    /// <summary>NFKC of one character on the fast path: itself, or a full-width form's ASCII; false when ICU must decide.</summary>
    /// <remarks>
    /// Inlined, with printable ASCII and the unified ideographs (nearly every character of a report) tested first in
    /// two compares: a call and the whole switch a character were 3 % of a warm reading (docs/benchmarks.md, eleventh pass).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryFast(char c, out char mapped)
    {
        mapped = c;
        return c is >= ' ' and <= '~' or >= '\u4E00' and <= '\u9FFF' || TryFastRest(c, ref mapped);
    }

    private static bool TryFastRest(char c, ref char mapped)
    {
        if (IsStable(c)) return true;
        if (c is >= '\uFF01' and <= '\uFF5E') mapped = (char)(c - 0xFEE0);
        else if (c == '\u3000') mapped = ' ';
        else return false;
        return true;
    }

    /// <summary>
    /// The platform's NFKC, which throws on a lone surrogate or a noncharacter such as U+FFFE (a file starting FF FE FE FF
    /// read as UTF-16 crashed the reader: fuzz fixture text/781b77cc9973f88b). Those are not text: each becomes U+FFFD,
    /// the replacement character, as a decoder would make of them, and the rest is normalized.
    /// </summary>
    private static string Platform(string s)
    {
        try
        {
            return s.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            var sb = new StringBuilder(s.Length);
            for (var i = 0; i < s.Length; i++)
            {
                var c = s[i];
                if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                {
                    var cp = char.ConvertToUtf32(c, s[i + 1]);
                    sb.Append(IsNonCharacter(cp) ? "\uFFFD" : s.AsSpan(i, 2));
                    i++;
                }
                else sb.Append(char.IsSurrogate(c) || IsNonCharacter(c) ? '\uFFFD' : c);
            }
            return sb.ToString().Normalize(NormalizationForm.FormKC);
        }
    }

    private static bool IsNonCharacter(int cp) => (cp & 0xFFFE) == 0xFFFE || cp is >= 0xFDD0 and <= 0xFDEF;

    /// <summary>Characters NFKC maps to themselves (a conservative subset).</summary>
    private static bool IsStable(char c) => c switch
    {
        >= ' ' and <= '~' => true,
        '\t' or '\n' or '\r' or '\f' or '\v' => true,
        >= '\u4E00' and <= '\u9FFF' => true,           // CJK unified ideographs
        >= '\u3001' and <= '\u3003' => true,           // 、。〃
        >= '\u3008' and <= '\u3011' => true,           // 〈〉《》「」『』【】
        >= '\u3014' and <= '\u301B' => true,           // 〔〕〖〗〘〙〚〛
        '\u3007' => true,                               // 〇
        '\u2010' or '\u2013' or '\u2014' or '\u2015' => true,
        >= '\u2018' and <= '\u201F' => true,           // quotes
        '\u00B7' or '\u00D7' or '\u00F7' or '\u2022' or '\u25CB' or '\u25CF' or '\u25A0' or '\u25A1' => true,
        '\u00A0' => false,                              // NBSP → space: leave to ICU
        _ => false,
    };
}
