using System.Collections.Immutable;
using Gongkai.Core.Labels;

namespace Gongkai.Core.Desk;

/// <summary>How an application was handed in; decides which day counts as its receipt (Art. 31).</summary>
public enum Channel
{
    /// <summary>当面提交: received the day it is handed in (Art. 31 (一)).</summary>
    InPerson,
    /// <summary>邮寄（需签收）: received the day the agency signs for it (Art. 31 (二)).</summary>
    RegisteredPost,
    /// <summary>平常信函等无需签收的邮寄: received the day receipt is confirmed with the applicant (Art. 31 (二)).</summary>
    OrdinaryPost,
    /// <summary>互联网渠道 (the online platform or e-mail): received the day both sides confirm it (Art. 31 (三)).</summary>
    Online,
    /// <summary>传真: received the day both sides confirm it (Art. 31 (三)).</summary>
    Fax,
}

/// <summary>The six applicant columns of section 三, keyed as in the template data ("naturalPerson" … "otherOrg").</summary>
public enum ApplicantKind
{
    NaturalPerson,
    Commercial,
    Research,
    SocialWelfare,
    LegalService,
    OtherOrg,
}

/// <summary>When a submission counts as received, and why (Art. 31).</summary>
public sealed record Receipt(DateOnly? ReceivedOn, string Explanation);

public static class DeskVocabulary
{
    /// <summary>The field key of the applicant's column in section 三 of both templates.</summary>
    public static string FieldKey(this ApplicantKind kind) => kind switch
    {
        ApplicantKind.NaturalPerson => "naturalPerson",
        ApplicantKind.Commercial => "commercial",
        ApplicantKind.Research => "research",
        ApplicantKind.SocialWelfare => "socialWelfare",
        ApplicantKind.LegalService => "legalService",
        ApplicantKind.OtherOrg => "otherOrg",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static readonly ImmutableArray<Channel> Channels = [.. Enum.GetValues<Channel>()];
    public static readonly ImmutableArray<ApplicantKind> ApplicantKinds = [.. Enum.GetValues<ApplicantKind>()];

    /// <summary>Reads a channel as ledgers write it (当面, 现场, 邮寄, 信函, 网上, 网络, 电子邮件, 传真…); null when unknown.</summary>
    public static Channel? ParseChannel(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        if (t.Contains("传真")) return Channel.Fax;
        if (t.Contains("平常") || t.Contains("平信") || t.Contains("信函")) return Channel.OrdinaryPost;
        if (t.Contains("邮寄") || t.Contains("挂号") || t.Contains("快递") || t.Contains("EMS", StringComparison.OrdinalIgnoreCase)) return Channel.RegisteredPost;
        if (t.Contains("网") || t.Contains("邮件") || t.Contains("在线") || t.Contains("email", StringComparison.OrdinalIgnoreCase)) return Channel.Online;
        if (t.Contains("当面") || t.Contains("现场") || t.Contains("窗口") || t.Contains("面交")) return Channel.InPerson;
        return null;
    }

    /// <summary>Reads an applicant type as ledgers write it (自然人, 公民, 企业, 律师事务所…); null when unknown.</summary>
    public static ApplicantKind? ParseApplicantKind(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        if (t.Contains("自然人") || t is "公民" or "个人") return ApplicantKind.NaturalPerson;
        if (t.Contains("企业") || t.Contains("公司")) return ApplicantKind.Commercial;
        if (t.Contains("科研") || t.Contains("高校") || t.Contains("大学") || t.Contains("研究")) return ApplicantKind.Research;
        if (t.Contains("公益")) return ApplicantKind.SocialWelfare;
        if (t.Contains("法律服务") || t.Contains("律师")) return ApplicantKind.LegalService;
        if (t.Contains("其他")) return ApplicantKind.OtherOrg;
        return null;
    }

    /// <summary>
    /// Art. 31: the day an application counts as received. <paramref name="confirmed"/> is the day the agency signed
    /// for a registered letter, or the day both sides confirmed an ordinary letter, online or fax submission; until
    /// then such an application is not yet received and its clock does not run.
    /// </summary>
    public static Receipt ReceivedOn(Channel channel, DateOnly submitted, DateOnly? confirmed)
    {
        if (confirmed is { } c && c < submitted)
            throw new ArgumentException($"签收或确认日期{Chinese(c)}早于提交日期{Chinese(submitted)}", nameof(confirmed));
        return channel switch
        {
            Channel.InPerson => new(submitted, $"当面提交，以提交之日（{Chinese(submitted)}）为收到申请之日（第三十一条第（一）项）"),
            Channel.RegisteredPost => confirmed is { } signed
                ? new(signed, $"邮寄提交，以本机关签收之日（{Chinese(signed)}）为收到申请之日（第三十一条第（二）项）")
                : new(null, "邮寄提交，尚未签收：签收之日为收到申请之日（第三十一条第（二）项）"),
            Channel.OrdinaryPost => confirmed is { } ok
                ? new(ok, $"平常信函提交，以与申请人确认之日（{Chinese(ok)}）为收到申请之日（第三十一条第（二）项）")
                : new(null, "平常信函提交，尚未与申请人确认：确认之日为收到申请之日（第三十一条第（二）项）"),
            Channel.Online or Channel.Fax => confirmed is { } both
                ? new(both, $"{channel.Label()}提交，以双方确认之日（{Chinese(both)}）为收到申请之日（第三十一条第（三）项）")
                : new(null, $"{channel.Label()}提交，尚未双方确认：确认之日为收到申请之日（第三十一条第（三）项）"),
            _ => throw new ArgumentOutOfRangeException(nameof(channel)),
        };
    }

    private static string Chinese(DateOnly d) => Labels.Chinese.Date(d);
}
