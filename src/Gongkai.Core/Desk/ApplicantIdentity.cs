namespace Gongkai.Core.Desk;

/// <summary>What an applicant's identifying number is.</summary>
public enum IdentityKind
{
    /// <summary>公民身份号码 (GB 11643: 17 digits and a check character).</summary>
    ResidentId,
    /// <summary>统一社会信用代码 (GB 32100: 18 characters with a check character).</summary>
    CreditCode,
    /// <summary>其他证件号码 (a passport, a permit…): matched as written.</summary>
    Other,
}

/// <summary>
/// The applicant across cases: the same person or organisation is the same normalised number (spaces and dashes
/// dropped, letters upper-cased), whatever the name was written as. The number stays as personal data; the key is
/// never shown, only compared.
/// </summary>
public readonly record struct ApplicantIdentity(IdentityKind Kind, string Key, bool ChecksumValid)
{
    private const string CreditCodeChars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] IdWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string IdCheck = "10X98765432";
    private static readonly int[] CreditWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>The identity of a number as written; null when there is none.</summary>
    public static ApplicantIdentity? Of(string? number)
    {
        if (string.IsNullOrWhiteSpace(number)) return null;
        var key = new string([.. number.Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '－'))]).ToUpperInvariant();
        if (key.Length == 0) return null;
        if (key.Length == 18 && key[..17].All(char.IsAsciiDigit) && (char.IsAsciiDigit(key[17]) || key[17] == 'X'))
        {
            if (ResidentIdValid(key)) return new(IdentityKind.ResidentId, key, true);
            if (CreditCodeValid(key)) return new(IdentityKind.CreditCode, key, true);
            return new(IdentityKind.ResidentId, key, false);
        }
        if (key.Length == 18 && key.All(c => CreditCodeChars.Contains(c)))
            return new(IdentityKind.CreditCode, key, CreditCodeValid(key));
        return new(IdentityKind.Other, key, true);
    }

    /// <summary>The key alone (what cases store to be compared), or null.</summary>
    public static string? KeyOf(string? number) => Of(number)?.Key;

    /// <summary>A warning to show when the number looks like an ID number or credit code but its check character is wrong.</summary>
    public string? Warning => ChecksumValid ? null : Kind switch
    {
        IdentityKind.ResidentId => "身份证号码的校验位不符，请核对",
        IdentityKind.CreditCode => "统一社会信用代码的校验位不符，请核对",
        _ => null,
    };

    private static bool ResidentIdValid(string id)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (id[i] - '0') * IdWeights[i];
        return IdCheck[sum % 11] == id[17]
            && DateOnly.TryParseExact(id.Substring(6, 8), "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None, out _);
    }

    private static bool CreditCodeValid(string code)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var v = CreditCodeChars.IndexOf(code[i]);
            if (v < 0) return false;
            sum += v * CreditWeights[i];
        }
        var check = (31 - sum % 31) % 31;
        return CreditCodeChars[check] == code[17];
    }
}
