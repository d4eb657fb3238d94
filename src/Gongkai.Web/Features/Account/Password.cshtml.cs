using Gongkai.Web.Data;
using Gongkai.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Features.Account;

/// <summary>修改密码: the signed-in user's own password; every other session of theirs ends, this one is signed in again.</summary>
public sealed class PasswordModel(UserAdmin admin, SignInManager<AppUser> signIn, UserManager<AppUser> users) : DeskPage
{
    [BindProperty] public string? Current { get; set; }
    [BindProperty] public string? New { get; set; }
    [BindProperty] public string? Confirm { get; set; }
    public string? Error { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (New != Confirm)
        {
            Error = "两次输入的新密码不一致";
            return Page();
        }
        try
        {
            await admin.ChangeOwnPasswordAsync(Actor, Current ?? "", New ?? "", ct);
        }
        catch (DeskException e)
        {
            Error = e.Message;
            return Page();
        }
        // The change ended every session, this one included: sign this browser in again under the new stamp.
        var user = await users.FindByIdAsync(Actor.UserId);
        if (user is not null) await signIn.SignInAsync(user, isPersistent: false);
        TempData["Message"] = "密码已修改；其他设备上的登录和令牌已失效";
        return Redirect("/");
    }
}
