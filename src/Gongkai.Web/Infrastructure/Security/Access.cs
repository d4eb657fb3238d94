using System.Security.Claims;
using Gongkai.Core.Desk;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Cases;

namespace Gongkai.Web.Infrastructure.Security;

/// <summary>The signed-in user as the desk sees them: their agency and roles.</summary>
public sealed record Actor(string UserId, string UserName, int AgencyId, bool IsClerk, bool IsHead, bool IsAdmin)
{
    public const string AgencyClaim = "gongkai:agency";
    public const string DisplayClaim = "gongkai:display";

    /// <summary>The name people know the user by (王主任), for what the applicant and the record read; the user name otherwise.</summary>
    public string DisplayName { get; init; } = UserName;

    /// <summary>
    /// The current user as a handler parameter: minimal APIs bind an <c>Actor</c> through this, so a handler names who
    /// acts instead of reading the request. Not signed in, or without an agency: refused (403) as <see cref="From"/> does.
    /// </summary>
    public static ValueTask<Actor?> BindAsync(HttpContext context) => ValueTask.FromResult<Actor?>(From(context.User));

    public static Actor From(ClaimsPrincipal user)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new DeskForbiddenException("未登录");
        var agency = int.TryParse(user.FindFirstValue(AgencyClaim), out var a) ? a : throw new DeskForbiddenException("账号未归属任何机关");
        var name = user.Identity?.Name ?? id;
        var display = user.FindFirstValue(DisplayClaim);
        return new(id, name, agency, user.IsInRole(Roles.Clerk), user.IsInRole(Roles.Head), user.IsInRole(Roles.Admin))
        {
            DisplayName = string.IsNullOrWhiteSpace(display) ? name : display,
        };
    }

    /// <summary>Clerks and office heads handle cases; administrators manage users and the calendar.</summary>
    public bool CanHandleCases => IsClerk || IsHead;

    /// <summary>
    /// Applicants' personal data is for those who handle the case: the clerk it is assigned to and the office heads
    /// who approve its steps. Everyone else in the agency sees it masked.
    /// </summary>
    public bool SeesPersonalData(Case c) => c.AgencyId == AgencyId && (IsHead || c.HandlerId == UserId);

    /// <summary>The case's applicant as this user may see them: the one projection every view, list and export reads.</summary>
    public Applicant ApplicantOf(Case c) => MaskedApplicant.Of(c).For(SeesPersonalData(c));

    /// <summary>An attachment's file name as this user may see it (file names are personal data: “张三身份证.jpg”).</summary>
    public string AttachmentName(Case c, string fileName) => PersonalData.FileName(fileName, SeesPersonalData(c));
}

public class DeskException(string message) : Exception(message);

/// <summary>A request refused field by field (Core's refusals): the API answers a validation problem keyed by field, a page one message.</summary>
public sealed class DeskValidationException(IReadOnlyList<Gongkai.Core.Desk.Refusal> refusals)
    : DeskException(string.Join("；", refusals.Select(r => r.Message)))
{
    public IReadOnlyList<Gongkai.Core.Desk.Refusal> Refusals { get; } = refusals;

    /// <summary>Field → messages, for a ValidationProblem; a refusal about the case as a whole is under "case".</summary>
    public Dictionary<string, string[]> Errors => Refusals.GroupBy(r => r.Field.Length == 0 ? "case" : r.Field)
        .ToDictionary(g => g.Key, g => g.Select(r => r.Message).ToArray());
}
public sealed class DeskNotFoundException(string message) : DeskException(message);
public sealed class DeskForbiddenException(string message) : DeskException(message);
public sealed class DeskConflictException(string message) : DeskException(message);

/// <summary>The case's applicant as one value; shown only through <see cref="Applicant.For"/> or <see cref="Applicant.Masked"/>.</summary>
public static class MaskedApplicant
{
    public static Applicant Of(Case c) => new(c.ApplicantName, c.IdNumber, c.Phone, c.Address, c.Email);

    /// <summary>The applicant as the public site shows them, even to the applicant: masked (the page may be on a shared screen).</summary>
    public static Applicant Public(Case c) => Of(c).Masked();
}
