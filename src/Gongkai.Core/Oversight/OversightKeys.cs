namespace Gongkai.Core.Oversight;

/// <summary>
/// The row and field keys of report-json.md that the oversight code reads, in one place. They name cells of the
/// template data (Templates/*.json); a test checks that each one exists in the layouts it is used with, so a
/// renamed key in a new template fails there instead of silently reading nothing.
/// </summary>
internal static class OversightKeys
{
    // 三、收到和处理政府信息公开申请情况
    public const string NewReceived = "newReceived";
    public const string TotalField = "total";

    // 四、行政复议、行政诉讼: rows…
    public const string Review = "review";
    public const string LitigationDirect = "litigationDirect";
    public const string LitigationAfterReview = "litigationAfterReview";
    // …and fields.
    public const string Upheld = "upheld";
    public const string Corrected = "corrected";
    public const string OtherResult = "other";
    public const string Pending = "pending";

    // 二、主动公开 第二十条第（一）项, 2021 format only.
    public const string Issued = "issued";
    public const string Repealed = "repealed";
    public const string InForce = "inForce";
}
