namespace Gongkai.Core.Desk;

/// <summary>
/// An applicant's personal data (name, ID number, phone, address, e-mail) as one value, and the only way it is shown:
/// <see cref="For"/> gives it in clear to those who handle the case and masked to everyone else. Every view, list,
/// export, audit line and log reads the applicant through this type, so masking is decided once.
/// </summary>
/// <remarks>
/// <see cref="ToString"/> never prints the values in clear: an applicant interpolated into a log message or an audit
/// line by mistake reads “（个人信息）”.
/// </remarks>
public sealed record Applicant(string Name, string? IdNumber, string? Phone, string? Address, string? Email)
{
    /// <summary>True when the values are already masked (what <see cref="For"/> gives those who may not see them).</summary>
    public bool IsMasked { get; private init; }

    /// <summary>The applicant as <paramref name="seesPersonalData"/> allows: in clear, or masked.</summary>
    public Applicant For(bool seesPersonalData) => seesPersonalData || IsMasked ? this : Masked();

    public Applicant Masked() => IsMasked ? this : new Applicant(PersonalData.Name(Name), PersonalData.Id(IdNumber), PersonalData.Phone(Phone),
        PersonalData.Address(Address), PersonalData.Email(Email)) { IsMasked = true };

    public override string ToString() => IsMasked ? Name : PersonalData.Hidden;
}

/// <summary>How personal data looks to those who may not see it: enough to tell cases apart, not to identify anyone.</summary>
public static class PersonalData
{
    /// <summary>What the audit log and any log line say in place of a personal value.</summary>
    public const string Hidden = "（个人信息）";

    public static string Name(string? name) => string.IsNullOrEmpty(name) ? "" : name.Length == 1 ? "*" : name[..1] + new string('*', Math.Min(name.Length - 1, 3));

    public static string? Id(string? id) => id is null ? null : id.Length <= 8 ? new string('*', id.Length) : id[..4] + new string('*', id.Length - 8) + id[^4..];

    public static string? Phone(string? phone) => phone is null ? null : phone.Length <= 7 ? new string('*', phone.Length) : phone[..3] + new string('*', phone.Length - 7) + phone[^4..];

    public static string? Address(string? address) => address is null ? null : address.Length <= 6 ? "******" : address[..6] + "******";

    public static string? Email(string? email)
    {
        if (email is null) return null;
        var at = email.IndexOf('@');
        return at <= 1 ? "***" : email[..1] + "***" + email[at..];
    }

    /// <summary>
    /// An attachment's file name is personal data (“张三身份证.jpg”): masked it keeps only its extension, which says
    /// what kind of file it is (“***.jpg”).
    /// </summary>
    public static string FileName(string fileName)
    {
        var dot = fileName.LastIndexOf('.');
        var extension = dot > 0 && fileName.Length - dot <= 8 ? fileName[dot..] : "";
        return "***" + extension;
    }

    /// <summary>An attachment's file name as <paramref name="seesPersonalData"/> allows.</summary>
    public static string FileName(string fileName, bool seesPersonalData) => seesPersonalData ? fileName : FileName(fileName);
}
